using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>
/// The base of Mie-theory scatterers: a field scatterer that coherent optics (brightfield, darkfield, holography, iSCAT)
/// image by adding its scattered field to the incident light. Derived features say how to compute the coefficients; the
/// geometry, polarisation and coherence are common.
/// </summary>
/// <remarks>
/// <para>Far field (Bohren–Huffman, e^{−iωt}, incident amplitude 1): E = i·e^{ikR}/(kR)·(S₂·c₂ + S₁·c₁), with the
/// polarisation factors c₁, c₂ of <see cref="Projection"/>. By default (<see cref="OffsetZ"/> null,
/// <see cref="Sampling"/> <see cref="MieSampling.AngularSpectrum"/>) its angular spectrum is evaluated exactly at every
/// grid frequency inside the collection cone; with <see cref="OffsetZ"/> (or DeepTrack 2.0's rule) the far field is
/// sampled on a plane that far beyond the particle instead and propagated back (the plane method converges to the
/// exact spectrum as the distance grows: see docs/physics.md). The collection cone is
/// <see cref="CollectionAngle"/>, by default asin(NA / n_medium). The optics' <see cref="CoherentOptics.IlluminationAngle"/>
/// shifts the scattering angle; <see cref="CoherenceLength"/> limits the angles that interfere.</para>
/// <para>The position is placed on the optics' simulation grid, so it is right for any upscale.</para>
/// </remarks>
[Feature]
public abstract partial record MieScatterer : Scatterer
{
    /// <summary>
    /// The number of terms of the series (null: <see cref="MieCoefficients.ConvergedTermCount"/> of the outer size parameter).
    /// </summary>
    public partial int? Terms { get; init; } = null;

    /// <summary>The distance beyond the particle of a plane on which the far field is sampled (null: no plane; see <see cref="Sampling"/>).</summary>
    public partial Length? OffsetZ { get; init; } = null;

    /// <summary>How the far field is turned into a spectrum when <see cref="OffsetZ"/> is null (default: exactly).</summary>
    public partial MieSampling Sampling { get; init; } = MieSampling.AngularSpectrum;

    /// <summary>The largest collected scattering angle (null: asin(NA / n_medium)).</summary>
    public partial Angle? CollectionAngle { get; init; } = null;

    /// <summary>The polarisation angle of the incident light, from the row axis.</summary>
    public partial Angle InputPolarization { get; init; } = default;

    /// <summary>The angle of the analyser after the sample, from the row axis (null: no analyser).</summary>
    public partial Angle? OutputPolarization { get; init; } = default(Angle);

    /// <summary>Which component of the vector field is imaged (default: the field behind an aplanatic objective).</summary>
    public partial MieProjection Projection { get; init; } = MieProjection.AplanaticObjective;

    /// <summary>
    /// The temporal coherence length of the illumination (null: coherent). Light scattered at θ by a particle |z| from the
    /// focal plane travels z·(1/cos θ − 1) further than the unscattered light; the scattered field is weighted by
    /// exp(−½·tan²θ / tan²θ_L), tan θ_L = √((1 + L/|z|)² − 1), the angle at which that path difference is L (DeepTrack
    /// 2.0's formula; a particle in focus is fully coherent).
    /// </summary>
    public partial Length? CoherenceLength { get; init; } = null;

    /// <summary>The coefficients for a wavelength and medium.</summary>
    /// <param name="wavelength">The vacuum wavelength.</param>
    /// <param name="refractiveIndexMedium">The medium's refractive index.</param>
    /// <param name="terms">The number of terms, or null for the automatic rule.</param>
    /// <returns>The coefficients.</returns>
    protected abstract MieCoefficientSet Coefficients(Length wavelength, double refractiveIndexMedium, int? terms);

    /// <summary>The outer radius (that sets the size parameter).</summary>
    protected abstract Length OuterRadius { get; }

    /// <summary>The name of the property that sets <see cref="OuterRadius"/>, for errors.</summary>
    protected abstract string OuterRadiusProperty { get; }

    /// <inheritdoc />
    protected sealed override SampleObject Create(FeatureContext context)
    {
        RequireCommon();
        Require(Terms is null or (>= 1 and <= 100_000), Terms, "the series needs at least one term (and at most 100000)");
        Require(OffsetZ is null || (OffsetZ.Value.Meters > 0 && double.IsFinite(OffsetZ.Value.Meters)), OffsetZ, "must be finite and > 0");
        Require(CollectionAngle is null || (CollectionAngle.Value.Radians > 0 && CollectionAngle.Value.Radians < Math.PI / 2), CollectionAngle, "must lie in (0°, 90°)");
        Require(double.IsFinite(InputPolarization.Radians), InputPolarization, "must be finite");
        Require(OutputPolarization is null || double.IsFinite(OutputPolarization.Value.Radians), OutputPolarization, "must be finite");
        Require(CoherenceLength is null || (CoherenceLength.Value.Meters > 0 && double.IsFinite(CoherenceLength.Value.Meters)), CoherenceLength, "must be finite and > 0");
        CheckShape();
        return new MieObject(this)
        {
            Position = Position,
            Z = Z,
        };
    }

    /// <summary>Checks the shape properties; throws a <see cref="PropertyValueException"/> when one is not allowed.</summary>
    protected abstract void CheckShape();

    /// <summary>The coefficients, or a <see cref="PropertyValueException"/> naming the radius when the sphere is too large for the series.</summary>
    private MieCoefficientSet CheckedCoefficients(Length wavelength, double medium)
    {
        double x = 2 * Math.PI * medium * OuterRadius.Meters / wavelength.Meters;
        if (!(x <= MieCoefficients.MaxSizeParameter))
        {
            throw new PropertyValueException(
                Name,
                OuterRadiusProperty,
                OuterRadius,
                $"gives a size parameter x = 2π·n·r/λ = {x:G3} (n {medium}, λ {wavelength}); Mie series are computed up to x = {MieCoefficients.MaxSizeParameter:G3}, r ≤ {Length.FromMeters(MieCoefficients.MaxSizeParameter * wavelength.Meters / (2 * Math.PI * medium))}");
        }

        return Coefficients(wavelength, medium, Terms);
    }

    /// <summary>The sampled field, as coherent optics add it (see <see cref="ISpectralFieldScatterer"/>).</summary>
    private sealed record MieObject(MieScatterer Feature) : SampleObject, ISpectralFieldScatterer, IMieSpectrumScatterer
    {
        public override Length BoundingRadius => Feature.OuterRadius;

        public MieSpectrumSource? SpectrumSource(OpticalGrid grid)
        {
            if (Feature.OffsetZ is not null || Feature.Sampling == MieSampling.DeepTrack2Plane)
            {
                return null;
            }

            double medium = grid.RefractiveIndexMedium;
            double k = 2 * Math.PI * medium / grid.Wavelength.Meters;
            double collection = Feature.CollectionAngle?.Radians ?? Math.Asin(Math.Min(1, grid.NumericalAperture / medium));
            double zMeters = Z * grid.VoxelSize.Meters * grid.Upscale;
            var coefficients = Feature.CheckedCoefficients(grid.Wavelength, medium);
            var (row, column) = grid.ToGrid(Position);
            double analyser = Analyser();
            bool hasAnalyser = !double.IsNaN(analyser);
            return new MieSpectrumSource(
                row * grid.VoxelSize.Meters,
                column * grid.VoxelSize.Meters,
                zMeters,
                k,
                Math.Sin(collection),
                grid.IlluminationAngle,
                CoherenceTangent(zMeters),
                Math.Cos(Feature.InputPolarization.Radians),
                Math.Sin(Feature.InputPolarization.Radians),
                hasAnalyser,
                hasAnalyser ? Math.Cos(analyser) : 1,
                hasAnalyser ? Math.Sin(analyser) : 0,
                Feature.Projection,
                Feature.OutputPolarization is not null,
                coefficients.A,
                coefficients.B);
        }

        public void AddScatteredField(OpticalGrid grid, Span<Complex> field)
        {
            var spectrum = AccumulationArray.Create<Complex>(grid.Height * grid.Width);
            AddScatteredSpectrum(grid, spectrum, Enumerable.Range(0, grid.Height).ToArray(), Enumerable.Range(0, grid.Width).ToArray());
            grid.Environment.Fft.Inverse(spectrum, grid.Height, grid.Width);
            for (int i = 0; i < spectrum.Length; i++)
            {
                field[i] += spectrum[i];
            }
        }

        public void AddScatteredSpectrum(OpticalGrid grid, Span<Complex> spectrum, ReadOnlySpan<int> rows, ReadOnlySpan<int> columns)
        {
            double medium = grid.RefractiveIndexMedium;
            double k = 2 * Math.PI * medium / grid.Wavelength.Meters;
            double collection = Feature.CollectionAngle?.Radians ?? Math.Asin(Math.Min(1, grid.NumericalAperture / medium));
            double zMeters = Z * grid.VoxelSize.Meters * grid.Upscale;
            var coefficients = Feature.CheckedCoefficients(grid.Wavelength, medium);
            double coherence = CoherenceTangent(zMeters);
            double? offset = Feature.OffsetZ?.Meters;
            if (offset is null && Feature.Sampling == MieSampling.DeepTrack2Plane)
            {
                int edge = Fft.FftBackend.GoodSize(Math.Min(grid.OutputHeight > 0 ? grid.OutputHeight : grid.Height, grid.OutputWidth > 0 ? grid.OutputWidth : grid.Width));
                offset = 0.45 * edge * grid.VoxelSize.Meters / Math.Tan(collection);
            }

            if (offset is null)
            {
                AddAngularSpectrum(grid, spectrum, rows, columns, coefficients, k, collection, zMeters, coherence);
            }
            else
            {
                AddPlane(grid, spectrum, rows, columns, coefficients, k, collection, offset.Value, zMeters, coherence);
            }
        }

        /// <summary>tan θ_L of the coherence cone for a particle <paramref name="z"/> metres from focus (infinity: coherent).</summary>
        private double CoherenceTangent(double z)
        {
            if (Feature.CoherenceLength is not { } length || z == 0)
            {
                return double.PositiveInfinity;
            }

            double ratio = 1 + length.Meters / Math.Abs(z);
            return Math.Sqrt(ratio * ratio - 1);
        }

        /// <summary>The analyser angle the projection uses (the input polarisation when the aplanatic projection has none), NaN for none.</summary>
        private double Analyser()
            => Feature.OutputPolarization?.Radians ?? (Feature.Projection == MieProjection.AplanaticObjective ? Feature.InputPolarization.Radians : double.NaN);

        /// <summary>
        /// The weights of S₁ and S₂ that depend on θ alone: DeepTrack 2.0's cos(θ + illumination) on S₂ behind an analyser,
        /// the aplanatic objective's √cos θ on both, and the coherence weight (<paramref name="analysed"/>: an
        /// <see cref="OutputPolarization"/> is set).
        /// </summary>
        private static (double S1, double S2) AngularWeights(double cosTheta, double illumination, double coherence, MieProjection projection, bool analysed)
        {
            double weight = 1;
            if (!double.IsPositiveInfinity(coherence))
            {
                double tan2 = (1 - cosTheta * cosTheta) / (cosTheta * cosTheta);
                weight = Math.Exp(-0.5 * tan2 / (coherence * coherence));
            }

            if (projection == MieProjection.AplanaticObjective)
            {
                weight *= Math.Sqrt(cosTheta);
                return (weight, weight);
            }

            double s2 = analysed ? Math.Cos(Math.Acos(cosTheta) + illumination) : 1;
            return (weight, weight * s2);
        }

        /// <summary>cos(θ + illumination angle): the scattering angle at which S₁ and S₂ are evaluated.</summary>
        private static double ScatteringCosine(double cosTheta, double illumination)
            => illumination == 0 ? cosTheta : Math.Clamp(Math.Cos(Math.Acos(cosTheta) + illumination), -1, 1);

        /// <summary>
        /// Adds the exact angular spectrum of the scattered field at the band's frequencies. What does not depend on the
        /// particle's position or depth (for every frequency inside the collection cone: cos θ, the polarisation factors,
        /// S₁ and S₂) comes from <see cref="ConeTableOf"/>; the shifts, the defocus and the coherence weight are
        /// applied here.
        /// </summary>
        private void AddAngularSpectrum(OpticalGrid grid, Span<Complex> spectrum, ReadOnlySpan<int> rows, ReadOnlySpan<int> columns, MieCoefficientSet coefficients, double k, double collection, double zMeters, double coherence)
        {
            int width = grid.Width;
            double voxel = grid.VoxelSize.Meters, illumination = grid.IlluminationAngle;
            var (row, column) = grid.ToGrid(Position);
            double x0 = row * voxel, y0 = column * voxel;
            var table = ConeTableOf(grid, rows, columns, coefficients, k, collection);

            // X = (4π²/Δ²)·A, A = i·F/(2π·k·cos θ), F = i·S/k: X = −2π/(Δ²k²)·S/cos θ; then moved to the particle and
            // propagated from its plane to the focal plane, where the incident wave arrived with the phase k·z.
            double prefactor = -2 * Math.PI / (voxel * voxel * k * k);
            var incident = Complex.FromPolarCoordinates(prefactor, k * zMeters);
            var columnShift = new Complex[columns.Length];
            for (int j = 0; j < columns.Length; j++)
            {
                double ky = 2 * Math.PI * PupilCoordinates.Frequency(columns[j], width) / (width * voxel);
                columnShift[j] = Complex.FromPolarCoordinates(1, -ky * y0);
            }

            for (int n = 0; n < rows.Length; n++)
            {
                int r = rows[n];
                var rowShift = Complex.FromPolarCoordinates(1, -table.Kx[n] * x0);
                for (int e = table.RowStarts[n]; e < table.RowStarts[n + 1]; e++)
                {
                    int j = table.Columns[e];
                    double cosTheta = table.Cosines[e];
                    var (s1, s2) = (table.S1[e], table.S2[e]);
                    var (w1, w2) = AngularWeights(cosTheta, illumination, coherence, Feature.Projection, Feature.OutputPolarization is not null);
                    var amplitude = (s2 * (table.Second[e] * w2) + s1 * (table.First[e] * w1)) / cosTheta;
                    var defocus = Complex.FromPolarCoordinates(1, -k * cosTheta * zMeters);
                    spectrum[r * width + columns[j]] += incident * amplitude * rowShift * columnShift[j] * defocus;
                }
            }
        }

        /// <summary>
        /// The frequencies of the band inside the collection cone, row by row, with cos θ, the polarisation factors and
        /// S₁, S₂ at the scattering angle: the same for every position and depth of a particle of these coefficients,
        /// so kept in the environment's cache by everything they depend on (<see cref="ConeKey"/>).
        /// </summary>
        private ConeTable ConeTableOf(OpticalGrid grid, ReadOnlySpan<int> rows, ReadOnlySpan<int> columns, MieCoefficientSet coefficients, double k, double collection)
        {
            double analyser = Analyser();
            bool hasAnalyser = !double.IsNaN(analyser);
            var key = new ConeKey(
                coefficients,
                grid.Height,
                grid.Width,
                grid.VoxelSize.Meters,
                k,
                Math.Sin(collection),
                grid.IlluminationAngle,
                Math.Cos(Feature.InputPolarization.Radians),
                Math.Sin(Feature.InputPolarization.Radians),
                hasAnalyser,
                hasAnalyser ? Math.Cos(analyser) : 1,
                hasAnalyser ? Math.Sin(analyser) : 0,
                rows.ToArray(),
                columns.ToArray());
            return grid.Environment.Cache.GetOrAdd(key, static key => CreateConeTable(key));
        }

        private static ConeTable CreateConeTable(ConeKey key)
        {
            int height = key.Height, width = key.Width;
            double voxel = key.Voxel, k = key.K;
            var columns = key.Columns;
            var ky = new double[columns.Length];
            for (int j = 0; j < columns.Length; j++)
            {
                ky[j] = 2 * Math.PI * PupilCoordinates.Frequency(columns[j], width) / (width * voxel);
            }

            var rowStarts = new int[key.Rows.Length + 1];
            var kxs = new double[key.Rows.Length];
            var inside = new List<int>();
            var cosines = new List<double>();
            var first = new List<double>();
            var second = new List<double>();
            var scattering = new List<double>();
            for (int n = 0; n < key.Rows.Length; n++)
            {
                double kx = 2 * Math.PI * PupilCoordinates.Frequency(key.Rows[n], height) / (height * voxel);
                kxs[n] = kx;
                rowStarts[n] = inside.Count;
                for (int j = 0; j < columns.Length; j++)
                {
                    double transverse = Math.Sqrt(kx * kx + ky[j] * ky[j]);
                    if (transverse >= k * key.SinCollection)
                    {
                        continue;
                    }

                    double cosTheta = Math.Sqrt(1 - transverse * transverse / (k * k));
                    double cosPhi = transverse > 0 ? kx / transverse : 1, sinPhi = transverse > 0 ? ky[j] / transverse : 0;
                    double c1 = sinPhi * key.CosIn + cosPhi * key.SinIn, c2 = cosPhi * key.CosIn - sinPhi * key.SinIn;
                    if (key.HasAnalyser)
                    {
                        c1 *= sinPhi * key.CosOut + cosPhi * key.SinOut;
                        c2 *= cosPhi * key.CosOut - sinPhi * key.SinOut;
                    }

                    inside.Add(j);
                    cosines.Add(cosTheta);
                    first.Add(c1);
                    second.Add(c2);
                    scattering.Add(ScatteringCosine(cosTheta, key.Illumination));
                }
            }

            rowStarts[^1] = inside.Count;
            var s1 = new Complex[inside.Count];
            var s2 = new Complex[inside.Count];
            key.Coefficients.AmplitudeFunctions(scattering.ToArray(), s1, s2);
            return new ConeTable(rowStarts, kxs, inside.ToArray(), cosines.ToArray(), first.ToArray(), second.ToArray(), s1, s2, key.Coefficients.TermCount);
        }

        /// <summary>Adds the spectrum of the far field sampled on a plane <paramref name="offsetZ"/> beyond the particle.</summary>
        private void AddPlane(OpticalGrid grid, Span<Complex> spectrum, ReadOnlySpan<int> rows, ReadOnlySpan<int> columns, MieCoefficientSet coefficients, double k, double collection, double offsetZ, double zMeters, double coherence)
        {
            double voxel = grid.VoxelSize.Meters;
            var geometry = MieGeometry.Create(offsetZ, k, collection, Feature.InputPolarization.Radians, Analyser());
            var (s1, s2, step, _) = Tabulate(coefficients, geometry, voxel, grid.IlluminationAngle, coherence, grid.Environment);
            var (row, column) = grid.ToGrid(Position);
            int height = grid.Height, width = grid.Width;

            var planeArray = ArrayPool<Complex>.Shared.Rent(height * width);
            var resultArray = ArrayPool<Complex>.Shared.Rent(height * columns.Length);
            var rowsArray = ArrayPool<int>.Shared.Rent(height);
            try
            {
                var plane = planeArray.AsSpan(0, height * width);
                int nonzero = 0;
                for (int r = 0; r < height; r++)
                {
                    double x = Wrap(r - row, height) * voxel;
                    if (Math.Abs(x) >= geometry.RhoMax)
                    {
                        continue;
                    }

                    rowsArray[nonzero++] = r;
                    var line = plane.Slice(r * width, width);
                    line.Clear();
                    double half = Math.Sqrt(geometry.RhoMax * geometry.RhoMax - x * x) / voxel;
                    if (2 * half + 3 >= width)
                    {
                        for (int c = 0; c < width; c++)
                        {
                            line[c] = MieFieldKernel.ScatteredFieldTabulated(x, Wrap(c - column, width) * voxel, geometry, s1, s2, step);
                        }
                    }
                    else
                    {
                        // The chord of the collection disc on this row (one column wider each side; the kernel is 0 beyond).
                        int first = (int)Math.Floor(column - half) - 1, last = (int)Math.Ceiling(column + half) + 1;
                        int c = ((first % width) + width) % width;
                        for (int t = first; t <= last; t++)
                        {
                            line[c] = MieFieldKernel.ScatteredFieldTabulated(x, (t - column) * voxel, geometry, s1, s2, step);
                            c = c == width - 1 ? 0 : c + 1;
                        }
                    }
                }

                var result = resultArray.AsSpan(0, height * columns.Length);
                BandLimitedFft.ForwardColumns(grid.Environment.Fft, plane, height, width, rowsArray.AsSpan(0, nonzero), columns, result);

                // Back to the focal plane; the incident wave reaches the particle with the phase k·z it has there.
                var transfer = AngularSpectrum.TransferFunction(height, width, grid.VoxelSize, grid.Wavelength, grid.RefractiveIndexMedium, Length.FromMeters(-(offsetZ + zMeters)), grid.Environment);
                var incident = Complex.FromPolarCoordinates(1, k * zMeters);
                foreach (int r in rows)
                {
                    var source = result.Slice(r * columns.Length, columns.Length);
                    for (int j = 0; j < columns.Length; j++)
                    {
                        int i = r * width + columns[j];
                        spectrum[i] += incident * transfer[i] * source[j];
                    }
                }
            }
            finally
            {
                ArrayPool<int>.Shared.Return(rowsArray);
                ArrayPool<Complex>.Shared.Return(resultArray);
                ArrayPool<Complex>.Shared.Return(planeArray);
            }
        }

        /// <summary>
        /// S₁ and S₂ (with the projection's angular weights) against the lateral distance on the sampling plane, finely
        /// enough for linear interpolation (16 samples per grid pixel, at least 16 per series term), kept in the
        /// environment's cache by everything they depend on (<see cref="TableKey"/>).
        /// </summary>
        private MieTable Tabulate(MieCoefficientSet coefficients, in MieGeometry geometry, double voxel, double illumination, double coherence, SimulationEnvironment environment)
        {
            var key = new TableKey(coefficients, geometry, voxel, illumination, Feature.Projection, Feature.OutputPolarization is not null, coherence);
            return environment.Cache.GetOrAdd(key, static k => CreateTable(k));
        }

        private static MieTable CreateTable(TableKey key)
        {
            var (coefficients, geometry, voxel, illumination, coherence) = (key.Coefficients, key.Geometry, key.Voxel, key.Illumination, key.Coherence);
            int samples = Math.Max(1024, Math.Max(16 * coefficients.TermCount, (int)Math.Ceiling(16 * geometry.RhoMax / voxel)));
            double step = geometry.RhoMax / (samples - 2);
            var cosines = new double[samples];
            var scattering = new double[samples];
            for (int i = 0; i < samples; i++)
            {
                double rho = i * step;
                cosines[i] = geometry.OffsetZ / Math.Sqrt(rho * rho + geometry.OffsetZ * geometry.OffsetZ);
                scattering[i] = ScatteringCosine(cosines[i], illumination);
            }

            var s1 = new Complex[samples];
            var s2 = new Complex[samples];
            coefficients.AmplitudeFunctions(scattering, s1, s2);
            for (int i = 0; i < samples; i++)
            {
                var (w1, w2) = AngularWeights(cosines[i], illumination, coherence, key.Projection, key.Analysed);
                s1[i] *= w1;
                s2[i] *= w2;
            }

            return new MieTable(s1, s2, step, coefficients.TermCount);
        }

        private static double Wrap(double offset, int size) => offset - size * Math.Round(offset / size);

        /// <summary>
        /// Everything a table depends on: the whole series (every a<sub>n</sub> and b<sub>n</sub>, compared by value), the
        /// sampling plane, wavenumber, cone and polarisation, the grid step, the illumination angle, the projection, whether
        /// an analyser is set and the coherence.
        /// </summary>
        private sealed record TableKey(MieCoefficientSet Coefficients, MieGeometry Geometry, double Voxel, double Illumination, MieProjection Projection, bool Analysed, double Coherence)
        {
            public bool Equals(TableKey? other)
                => other is not null
                    && Geometry == other.Geometry
                    && Voxel.Equals(other.Voxel)
                    && Illumination.Equals(other.Illumination)
                    && Projection == other.Projection
                    && Analysed == other.Analysed
                    && Coherence.Equals(other.Coherence)
                    && Coefficients.SameSeries(other.Coefficients);

            public override int GetHashCode()
                => HashCode.Combine(
                    Coefficients.SeriesHashCode(),
                    Geometry,
                    Voxel,
                    Illumination,
                    Projection,
                    Analysed,
                    Coherence);
        }

        /// <summary>
        /// Everything an <see cref="ConeTable"/> depends on: the whole series (compared by value), the grid and its
        /// step, the wavenumber, the cone, the illumination angle, the polarisation factors and the band's rows and columns.
        /// </summary>
        private sealed record ConeKey(
            MieCoefficientSet Coefficients,
            int Height,
            int Width,
            double Voxel,
            double K,
            double SinCollection,
            double Illumination,
            double CosIn,
            double SinIn,
            bool HasAnalyser,
            double CosOut,
            double SinOut,
            int[] Rows,
            int[] Columns)
        {
            public bool Equals(ConeKey? other)
                => other is not null
                    && Height == other.Height
                    && Width == other.Width
                    && Voxel.Equals(other.Voxel)
                    && K.Equals(other.K)
                    && SinCollection.Equals(other.SinCollection)
                    && Illumination.Equals(other.Illumination)
                    && CosIn.Equals(other.CosIn)
                    && SinIn.Equals(other.SinIn)
                    && HasAnalyser == other.HasAnalyser
                    && CosOut.Equals(other.CosOut)
                    && SinOut.Equals(other.SinOut)
                    && Rows.AsSpan().SequenceEqual(other.Rows)
                    && Columns.AsSpan().SequenceEqual(other.Columns)
                    && Coefficients.SameSeries(other.Coefficients);

            public override int GetHashCode()
                => HashCode.Combine(
                    Coefficients.SeriesHashCode(),
                    HashCode.Combine(Height, Width, Voxel, K, SinCollection, Illumination),
                    HashCode.Combine(CosIn, SinIn, HasAnalyser, CosOut, SinOut),
                    HashCode.Combine(Rows.Length, Columns.Length));
        }

        /// <summary>The frequencies inside the collection cone, row after row, and what they need that no particle's position changes.</summary>
        /// <param name="RowStarts">Where each band row's frequencies start (one more entry: the end).</param>
        /// <param name="Kx">The row wavenumber of each band row.</param>
        /// <param name="Columns">Each frequency's index among the band's columns.</param>
        /// <param name="Cosines">cos θ.</param>
        /// <param name="First">The polarisation factor of S₁.</param>
        /// <param name="Second">The polarisation factor of S₂.</param>
        /// <param name="S1">S₁ at the scattering angle.</param>
        /// <param name="S2">S₂ at the scattering angle.</param>
        /// <param name="Terms">The series length of the coefficients its key holds.</param>
        private sealed record ConeTable(int[] RowStarts, double[] Kx, int[] Columns, double[] Cosines, double[] First, double[] Second, Complex[] S1, Complex[] S2, int Terms) : ICachedValue
        {
            /// <summary>The arrays, and the coefficients and band the key keeps alive.</summary>
            public long CacheBytes => 4L * (RowStarts.Length + 2 * Columns.Length) + 8L * (2 * Kx.Length + 3 * Cosines.Length) + 32L * (S1.Length + Terms);
        }

        /// <summary>S₁ and S₂ sampled every <see cref="Step"/> metres of lateral distance.</summary>
        /// <param name="S1">S₁ with its angular weight.</param>
        /// <param name="S2">S₂ with its angular weight.</param>
        /// <param name="Step">The lateral distance between samples, in metres.</param>
        /// <param name="Terms">The series length of the coefficients its key holds.</param>
        private sealed record MieTable(Complex[] S1, Complex[] S2, double Step, int Terms) : ICachedValue
        {
            /// <summary>The two tables and the coefficients (a<sub>n</sub>, b<sub>n</sub>) the key keeps alive.</summary>
            public long CacheBytes => 16L * (S1.Length + S2.Length) + 32L * Terms;
        }
    }
}
