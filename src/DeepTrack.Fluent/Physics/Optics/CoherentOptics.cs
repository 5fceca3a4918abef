using System;
using System.Buffers;
using System.Collections.Generic;
using System.Numerics;
using DeepTrack.Fluent.Physics.Fft;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// The base of coherent optics (<see cref="Brightfield"/>, <see cref="Darkfield"/>, <see cref="Holography"/>):
/// a plane wave (optionally shaped by <see cref="Illumination"/>) is propagated through the voxelised sample plane
/// by plane (multislice), brought back to the focal plane, joined by the fields of field scatterers, and imaged
/// through the objective's pupil, applied once.
/// </summary>
/// <remarks>
/// Between planes the field is propagated with the angular-spectrum kernel exp(i·d·(k_z − k)), k = 2π n/λ,
/// keeping every propagating component (evanescent ones are dropped); a plane of index contrast Δn multiplies the
/// field by exp(i·k₀·Δn·Δz), k₀ = 2π/λ, Δz the simulation's z step, at the plane's own z (the phase screen of the
/// plane at z is applied after propagating to z and before propagating on). Objects beyond the focal plane (z &gt; 0) are
/// reached by propagating forwards and come back by propagating backwards, so a bead at +d and −d differ only by
/// the sign of the defocus phase.
/// </remarks>
[Feature]
public abstract partial record CoherentOptics : Optics
{
    /// <summary>Shapes the incident field (all ones) before the sample, e.g. an <see cref="IlluminationGradient"/>; null: a plane wave.</summary>
    public Feature<Image<Complex>, Image<Complex>>? Illumination { get; init; }

    /// <summary>
    /// The angle between the illumination and the optical axis, as field scatterers (Mie spheres) see it, in [0, π]:
    /// their scattered field is evaluated at the scattering angle θ + this angle for light collected at θ (DeepTrack
    /// 2.0's convention: exact for 0 and π, a rotationally symmetric stand-in for oblique illumination otherwise).
    /// Null: the microscope's own, as in DeepTrack 2.0: 0 for <see cref="Brightfield"/> and <see cref="Holography"/>,
    /// π/2 for <see cref="Darkfield"/> (side illumination), π for <see cref="Iscat"/> (light scattered back). Volume
    /// objects are always imaged in transmission along the axis.
    /// </summary>
    public partial Angle? IlluminationAngle { get; init; } = null;

    /// <summary>The illumination angle used when <see cref="IlluminationAngle"/> is null.</summary>
    protected virtual double DefaultIlluminationAngle => 0;

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children
        => (Pupil, Illumination) switch
        {
            (null, null) => [],
            (null, { } illumination) => [illumination],
            ({ } pupil, null) => [pupil],
            ({ } pupil, { } illumination) => [pupil, illumination],
        };

    /// <summary>The illumination angle field scatterers see (<see cref="IlluminationAngle"/>, or the microscope's own when null), checked to lie in [0, π].</summary>
    /// <returns>The angle in radians.</returns>
    internal double CheckedIlluminationAngle()
    {
        Require(IlluminationAngle is null || (IlluminationAngle.Value.Radians >= 0 && IlluminationAngle.Value.Radians <= Math.PI), IlluminationAngle, "must lie in [0, π]");
        return IlluminationAngle?.Radians ?? DefaultIlluminationAngle;
    }

    /// <summary>
    /// The camera image |r + E − E₀|² of the output region, binned by averaging: E the field with the sample, E₀ the
    /// field without it (subtracted only if <paramref name="subtractEmpty"/>), r a reference field (0 for brightfield
    /// and darkfield).
    /// </summary>
    /// <param name="input">The sample.</param>
    /// <param name="context">The context.</param>
    /// <param name="reference">The reference field r.</param>
    /// <param name="subtractEmpty">Whether the field without sample is subtracted.</param>
    /// <returns>The image, with the pupil's ground truth.</returns>
    private protected Image<double> IntensityImage(IReadOnlyList<SampleObject> input, FeatureContext context, Complex reference, bool subtractEmpty)
    {
        var (pooled, pooledEmpty, layout, truth) = ImageField(input, context, background: subtractEmpty);
        using (pooled)
        using (pooledEmpty)
        {
            Span<Complex> field = pooled.Span, empty = pooledEmpty.Span;
            var intensity = new double[field.Length];
            for (int i = 0; i < field.Length; i++)
            {
                var total = subtractEmpty ? reference + field[i] - empty[i] : reference + field[i];
                intensity[i] = total.Real * total.Real + total.Imaginary * total.Imaginary;
            }

            return Binning.Mean(intensity, layout.OutputHeight, layout.OutputWidth, layout.Upscale).WithTruth(truth);
        }
    }

    /// <summary>The complex field of the output region at simulation resolution (rows × columns × upscale²).</summary>
    /// <param name="input">The sample.</param>
    /// <param name="context">The context.</param>
    /// <param name="background">Also returns the field without any sample (for darkfield).</param>
    /// <returns>The field, the field without sample (empty unless asked for), the layout and the pupil's ground truth; the caller disposes both fields.</returns>
    internal (PooledField Field, PooledField Background, SimulationLayout Layout, GroundTruth PupilTruth) ImageField(IReadOnlyList<SampleObject> input, FeatureContext context, bool background)
    {
        var layout = CheckedLayout();
        double illumination = CheckedIlluminationAngle();
        var function = EvaluatePupil(context);
        var key = KeyOf(layout, function);
        var volumes = new List<VolumeObject>();
        var fields = new List<IFieldScatterer>();
        foreach (var item in input)
        {
            switch (item)
            {
                case IFieldScatterer scatterer:
                    fields.Add(scatterer);
                    break;
                case VolumeObject volume:
                    volumes.Add(volume);
                    break;
                default:
                    throw new ArgumentException($"{Name} cannot image {item.GetType().Name}: it is neither a volume object nor a field scatterer.", nameof(input));
            }
        }

        int height = layout.GridHeight, width = layout.GridWidth, length = height * width;
        var environment = context.Environment;
        var backend = environment.Fft;
        var pupil = OpticsCache.PupilOf(environment, key);
        bool planeWave = Illumination is null && volumes.Count == 0;
        var spectrumArray = ArrayPool<Complex>.Shared.Rent(length);
        var fieldArray = ArrayPool<Complex>.Shared.Rent(length);
        try
        {
            var spectrum = spectrumArray.AsSpan(0, length);
            var field = fieldArray.AsSpan(0, length);
            int outputLength = layout.OutputHeight * layout.OutputWidth;
            PooledField empty = default;
            if (planeWave)
            {
                // Only the objective's band of rows is imaged (Focus reads the band, and field scatterers need not
                // write elsewhere), so only those rows of the plane wave's spectrum are copied; the others are not
                // defined in this branch.
                var planeWaveSpectrum = PlaneWaveSpectrum(height, width, environment);
                foreach (int row in pupil.BandRows)
                {
                    planeWaveSpectrum.AsSpan(row * width, width).CopyTo(spectrum.Slice(row * width, width));
                }

                if (background)
                {
                    empty = new PooledField(outputLength);
                    PlaneWaveImage(pupil, layout, environment).CopyTo(empty.Span);
                }
            }
            else
            {
                var incident = IncidentSpectrum(layout, context, backend);
                if (background)
                {
                    empty = new PooledField(outputLength);
                    Focus(incident, pupil, layout, backend, empty.Span);
                }

                incident.CopyTo(spectrum);
                PropagateThroughSample(volumes, layout, spectrum, field, backend);
            }

            if (fields.Count > 0)
            {
                var grid = layout.ToOpticalGrid(Wavelength, NA, RefractiveIndexMedium, environment, illumination);
                bool anyInRealSpace = false;
                foreach (var fieldScatterer in fields)
                {
                    if (fieldScatterer is ISpectralFieldScatterer spectral)
                    {
                        spectral.AddScatteredSpectrum(grid, spectrum, pupil.BandRows, pupil.BandColumns);
                    }
                    else
                    {
                        // The real-space field is cleared when the first object that needs it comes.
                        if (!anyInRealSpace)
                        {
                            field.Clear();
                            anyInRealSpace = true;
                        }

                        fieldScatterer.AddScatteredField(grid, field);
                    }
                }

                if (anyInRealSpace)
                {
                    backend.Forward(field, height, width);
                    foreach (int row in pupil.BandRows)
                    {
                        for (int i = row * width; i < (row + 1) * width; i++)
                        {
                            spectrum[i] += field[i];
                        }
                    }
                }
            }

            var focused = new PooledField(outputLength);
            Focus(spectrum, pupil, layout, backend, focused.Span);
            return (focused, empty, layout, function.Truth);
        }
        finally
        {
            ArrayPool<Complex>.Shared.Return(fieldArray);
            ArrayPool<Complex>.Shared.Return(spectrumArray);
        }
    }

    /// <summary>The spectrum of the incident field (all ones, then <see cref="Illumination"/>).</summary>
    private Complex[] IncidentSpectrum(SimulationLayout layout, FeatureContext context, IFftBackend backend)
    {
        int height = layout.GridHeight, width = layout.GridWidth;
        var incident = new Image<Complex>(height, width);
        incident.AsWritableSpan().Fill(Complex.One);
        if (Illumination is not null)
        {
            incident = context.Evaluate(Illumination, incident);
            if (incident.Height != height || incident.Width != width)
            {
                throw new InvalidOperationException($"{Illumination.Name} returned {incident}, expected {height}×{width}.");
            }
        }

        var spectrum = incident.AsReadOnlySpan().ToArray();
        backend.Forward(spectrum, height, width);
        return spectrum;
    }

    /// <summary>Propagates a spectrum through the voxelised sample (multislice) and back to the focal plane, in place.</summary>
    private void PropagateThroughSample(List<VolumeObject> volumes, SimulationLayout layout, Span<Complex> spectrum, Span<Complex> field, IFftBackend backend)
    {
        int height = layout.GridHeight, width = layout.GridWidth, length = height * width;
        double medium = RefractiveIndexMedium;
        double voxel = layout.Voxels.VoxelSize.Meters, step = layout.Voxels.AxialVoxelSize.Meters;
        double k0 = 2 * Math.PI / Wavelength.Meters;
        var kzMinusK = PropagationPhase(height, width, voxel, step, k0 * medium);
        var planes = VolumeRenderer.Render(volumes, layout, v => v.RefractiveIndex - medium);
        int current = 0;
        bool started = false;
        foreach (var (z, plane) in planes)
        {
            if (started || z != 0)
            {
                Propagate(spectrum, kzMinusK, started ? z - current : z);
            }

            started = true;
            current = z;
            spectrum.CopyTo(field);
            backend.Inverse(field, height, width);
            var contrast = plane.MakeDense();
            double phasePerContrast = k0 * step;
            for (int i = 0; i < length; i++)
            {
                if (contrast[i] != Complex.Zero)
                {
                    field[i] *= Complex.Exp(Complex.ImaginaryOne * phasePerContrast * contrast[i]);
                }
            }

            backend.Forward(field, height, width);
            field.CopyTo(spectrum);
        }

        if (started && current != 0)
        {
            Propagate(spectrum, kzMinusK, -current);
        }
    }

    /// <summary>The spectrum of a unit plane wave on a grid (in the environment's cache; shared, do not modify).</summary>
    internal static Complex[] PlaneWaveSpectrum(int height, int width, SimulationEnvironment environment)
        => environment.Cache.GetOrAdd(new PlaneWaveKey(height, width), environment.Fft, static (key, backend) =>
        {
            var spectrum = new Complex[key.Height * key.Width];
            Array.Fill(spectrum, Complex.One);
            backend.Forward(spectrum, key.Height, key.Width);
            return new CachedArray<Complex>(spectrum);
        }).Values;

    /// <summary>The output-region field of a unit plane wave through the pupil (in the environment's cache; shared, do not modify).</summary>
    private static Complex[] PlaneWaveImage(Pupil pupil, SimulationLayout layout, SimulationEnvironment environment)
        => environment.Cache.GetOrAdd(
            new PlaneWaveImageKey(pupil.Key, layout.CropRow, layout.CropColumn, layout.OutputHeight, layout.OutputWidth),
            (Pupil: pupil, Layout: layout, Environment: environment),
            static (_, state) =>
            {
                var image = new Complex[state.Layout.OutputHeight * state.Layout.OutputWidth];
                Focus(PlaneWaveSpectrum(state.Layout.GridHeight, state.Layout.GridWidth, state.Environment), state.Pupil, state.Layout, state.Environment.Fft, image);
                return new CachedArray<Complex>(image);
            }).Values;

    /// <summary>Writes the output region of the field imaged through the pupil in focus to <paramref name="output"/> (every value).</summary>
    private static void Focus(ReadOnlySpan<Complex> spectrum, Pupil pupil, SimulationLayout layout, IFftBackend backend, Span<Complex> output)
    {
        int width = layout.GridWidth;
        var rows = pupil.BandRows;
        var columns = pupil.BandColumns;
        var focal = pupil.Focal;
        var bandArray = ArrayPool<Complex>.Shared.Rent(rows.Length * columns.Length);
        try
        {
            var band = bandArray.AsSpan(0, rows.Length * columns.Length);
            for (int i = 0; i < rows.Length; i++)
            {
                int offset = rows[i] * width;
                for (int j = 0; j < columns.Length; j++)
                {
                    band[i * columns.Length + j] = spectrum[offset + columns[j]] * focal[offset + columns[j]];
                }
            }

            BandLimitedFft.InverseWindow(backend, band, rows, columns, layout.GridHeight, width, layout.CropRow, layout.CropColumn, layout.OutputHeight, layout.OutputWidth, output);
        }
        finally
        {
            ArrayPool<Complex>.Shared.Return(bandArray);
        }
    }

    /// <summary>(k_z − k)·Δz per grid frequency (lateral voxel <paramref name="voxel"/>, z step <paramref name="step"/>), NaN for evanescent components.</summary>
    private static double[] PropagationPhase(int height, int width, double voxel, double step, double k)
    {
        var phase = new double[height * width];
        for (int row = 0; row < height; row++)
        {
            double ky = 2 * Math.PI * PupilCoordinates.Frequency(row, height) / (height * voxel);
            for (int column = 0; column < width; column++)
            {
                double kx = 2 * Math.PI * PupilCoordinates.Frequency(column, width) / (width * voxel);
                double kz2 = k * k - kx * kx - ky * ky;
                phase[row * width + column] = kz2 > 0 ? (Math.Sqrt(kz2) - k) * step : double.NaN;
            }
        }

        return phase;
    }

    private static void Propagate(Span<Complex> spectrum, double[] phase, int distance)
    {
        for (int i = 0; i < spectrum.Length; i++)
        {
            double p = phase[i];
            spectrum[i] = double.IsNaN(p) ? Complex.Zero : spectrum[i] * new Complex(Math.Cos(distance * p), Math.Sin(distance * p));
        }
    }

    private readonly record struct PlaneWaveKey(int Height, int Width);

    private readonly record struct PlaneWaveImageKey(PupilKey Pupil, int CropRow, int CropColumn, int OutputHeight, int OutputWidth);
}
