using System;
using System.Buffers;
using System.Linq;
using System.Numerics;

namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>
/// The base of Mie-theory scatterers: a field scatterer that coherent optics (brightfield, darkfield, holography)
/// image by adding its scattered field to the incident light. Derived features say how to compute the
/// coefficients; the geometry and polarisation are common.
/// </summary>
/// <remarks>
/// The far field is evaluated on a plane at <see cref="OffsetZ"/> beyond the particle, restricted to the cone of
/// half-angle <see cref="CollectionAngle"/>, then propagated back to the focal plane by the angular-spectrum
/// method (see <see cref="MieFieldKernel"/> and <see cref="AngularSpectrum"/>). Automatic values follow DeepTrack
/// 2.0: collection angle asin(NA / n_medium); offset 0.45 · (half the shorter grid edge) · voxel / tan(angle).
/// The position is placed on the optics' simulation grid, so it is right for any upscale.
/// </remarks>
[Feature]
public abstract partial record MieScatterer : Scatterer
{
    /// <summary>The number of terms of the series (null: Wiscombe's rule for the outer size parameter).</summary>
    public partial int? Terms { get; init; } = null;

    /// <summary>The distance beyond the particle where the far field is sampled (null: automatic).</summary>
    public partial Length? OffsetZ { get; init; } = null;

    /// <summary>The largest collected scattering angle (null: asin(NA / n_medium)).</summary>
    public partial Angle? CollectionAngle { get; init; } = null;

    /// <summary>The polarisation angle of the incident light, from the row axis.</summary>
    public partial Angle InputPolarization { get; init; } = default;

    /// <summary>The angle of the analyser after the sample (null: no analyser).</summary>
    public partial Angle? OutputPolarization { get; init; } = default(Angle);

    /// <summary>The coefficients for a wavelength and medium.</summary>
    /// <param name="wavelength">The vacuum wavelength.</param>
    /// <param name="refractiveIndexMedium">The medium's refractive index.</param>
    /// <param name="terms">The number of terms, or null for the automatic rule.</param>
    /// <returns>The coefficients.</returns>
    protected abstract MieCoefficientSet Coefficients(Length wavelength, double refractiveIndexMedium, int? terms);

    /// <inheritdoc />
    protected sealed override SampleObject Create(FeatureContext context)
    {
        RequireCommon();
        Require(Terms is null or >= 1, Terms, "the series needs at least one term");
        Require(OffsetZ is null || OffsetZ.Value.Meters > 0, OffsetZ, "must be > 0");
        Require(CollectionAngle is null || (CollectionAngle.Value.Radians > 0 && CollectionAngle.Value.Radians < Math.PI / 2), CollectionAngle, "must lie in (0°, 90°)");
        CheckShape();
        return new MieObject(this)
        {
            Position = Position,
            Z = Z,
        };
    }

    /// <summary>Checks the shape properties; throws a <see cref="PropertyValueException"/> when one is not allowed.</summary>
    protected abstract void CheckShape();

    /// <summary>The sampled field, as coherent optics add it (see <see cref="ISpectralFieldScatterer"/>).</summary>
    private sealed record MieObject(MieScatterer Feature) : SampleObject, ISpectralFieldScatterer
    {
        public void AddScatteredField(OpticalGrid grid, Span<Complex> field)
        {
            var spectrum = new Complex[grid.Height * grid.Width];
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
            double voxel = grid.VoxelSize.Meters;
            double k = 2 * Math.PI * medium / grid.Wavelength.Meters;
            double collection = Feature.CollectionAngle?.Radians ?? Math.Asin(Math.Min(1, grid.NumericalAperture / medium));
            double offsetZ = Feature.OffsetZ?.Meters ?? 0.45 * (Math.Min(grid.Height, grid.Width) / 2.0) * voxel / Math.Tan(collection);
            var geometry = MieGeometry.Create(offsetZ, k, collection, Feature.InputPolarization.Radians, Feature.OutputPolarization?.Radians ?? double.NaN);
            var coefficients = Feature.Coefficients(grid.Wavelength, medium, Feature.Terms);
            var (s1, s2, step) = Tabulate(coefficients, geometry, voxel, grid.Environment);
            var (row, column) = grid.ToGrid(Position);
            double zMeters = Z * voxel * grid.Upscale;
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
                var transfer = AngularSpectrum.TransferFunction(height, width, grid.VoxelSize, grid.Wavelength, medium, Length.FromMeters(-(offsetZ + zMeters)), grid.Environment);
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
        /// S₁ and S₂ against the lateral distance on the sampling plane, finely enough for linear interpolation
        /// (16 samples per grid pixel, at least 16 per series term), kept in the environment's cache by coefficients and geometry.
        /// </summary>
        private static MieTable Tabulate(MieCoefficientSet coefficients, in MieGeometry geometry, double voxel, SimulationEnvironment environment)
        {
            var key = new TableKey(coefficients.A.Span[0], coefficients.B.Span[0], coefficients.TermCount, coefficients.SizeParameter, geometry, voxel);
            return environment.Cache.GetOrAdd(key, coefficients, static (k, c) => CreateTable(c, k.Geometry, k.Voxel));
        }

        private static MieTable CreateTable(MieCoefficientSet coefficients, in MieGeometry geometry, double voxel)
        {
            int samples = Math.Max(1024, Math.Max(16 * coefficients.TermCount, (int)Math.Ceiling(16 * geometry.RhoMax / voxel)));
            double step = geometry.RhoMax / (samples - 2);
            var cosines = new double[samples];
            for (int i = 0; i < samples; i++)
            {
                double rho = i * step;
                cosines[i] = geometry.OffsetZ / Math.Sqrt(rho * rho + geometry.OffsetZ * geometry.OffsetZ);
            }

            var s1 = new Complex[samples];
            var s2 = new Complex[samples];
            coefficients.AmplitudeFunctions(cosines, s1, s2);
            return new MieTable(s1, s2, step);
        }

        private static double Wrap(double offset, int size) => offset - size * Math.Round(offset / size);

        private readonly record struct TableKey(Complex A0, Complex B0, int Terms, double SizeParameter, MieGeometry Geometry, double Voxel);

        /// <summary>S₁ and S₂ sampled every <see cref="Step"/> metres of lateral distance.</summary>
        private sealed record MieTable(Complex[] S1, Complex[] S2, double Step) : ICachedValue
        {
            public long CacheBytes => 16L * (S1.Length + S2.Length);
        }
    }
}
