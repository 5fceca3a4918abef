using System;
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
/// field by exp(i·k₀·Δn·Δz), k₀ = 2π/λ, Δz the simulation voxel. Objects beyond the focal plane (z &gt; 0) are
/// reached by propagating forwards and come back by propagating backwards, so a bead at +d and −d differ only by
/// the sign of the defocus phase.
/// </remarks>
[Feature]
public abstract partial record CoherentOptics : Optics
{
    /// <summary>Shapes the incident field (all ones) before the sample, e.g. an <see cref="IlluminationGradient"/>; null: a plane wave.</summary>
    public Feature<Image<Complex>, Image<Complex>>? Illumination { get; init; }

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children
        => (Pupil, Illumination) switch
        {
            (null, null) => [],
            (null, { } illumination) => [illumination],
            ({ } pupil, null) => [pupil],
            ({ } pupil, { } illumination) => [pupil, illumination],
        };

    /// <summary>The complex field of the output region at simulation resolution (rows × columns × upscale²).</summary>
    /// <param name="input">The sample.</param>
    /// <param name="context">The context.</param>
    /// <param name="background">Also returns the field without any sample (for darkfield).</param>
    /// <returns>The field, the field without sample (or null), the layout and the pupil's ground truth.</returns>
    internal (Complex[] Field, Complex[]? Background, SimulationLayout Layout, GroundTruth PupilTruth) ImageField(IReadOnlyList<SampleObject> input, FeatureContext context, bool background)
    {
        var layout = CheckedLayout();
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
        var backend = FftBackend.Current;
        var incident = Image<Complex>.FromArray(new Complex[length], height, width);
        incident.AsSpan().Fill(Complex.One);
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
        var incidentSpectrum = background ? (Complex[])spectrum.Clone() : null;

        double medium = RefractiveIndexMedium;
        double voxel = layout.Voxels.VoxelSize.Meters;
        double k0 = 2 * Math.PI / Wavelength.Meters;
        var kzMinusK = PropagationPhase(height, width, voxel, k0 * medium);
        var planes = VolumeRenderer.Render(volumes, layout, v => v.RefractiveIndex - medium);
        var field = new Complex[length];
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
            spectrum.CopyTo(field, 0);
            backend.Inverse(field, height, width);
            var contrast = plane.MakeDense();
            double phasePerContrast = k0 * voxel;
            for (int i = 0; i < length; i++)
            {
                if (contrast[i] != Complex.Zero)
                {
                    field[i] *= Complex.Exp(Complex.ImaginaryOne * phasePerContrast * contrast[i]);
                }
            }

            backend.Forward(field, height, width);
            field.CopyTo(spectrum, 0);
        }

        if (started && current != 0)
        {
            Propagate(spectrum, kzMinusK, -current);
        }

        if (fields.Count > 0)
        {
            var grid = layout.ToOpticalGrid(Wavelength, NA, medium);
            bool anyInRealSpace = false;
            Array.Clear(field);
            foreach (var fieldScatterer in fields)
            {
                if (fieldScatterer is ISpectralFieldScatterer spectral)
                {
                    spectral.AddScatteredSpectrum(grid, spectrum);
                }
                else
                {
                    fieldScatterer.AddScatteredField(grid, field);
                    anyInRealSpace = true;
                }
            }

            if (anyInRealSpace)
            {
                backend.Forward(field, height, width);
                for (int i = 0; i < length; i++)
                {
                    spectrum[i] += field[i];
                }
            }
        }

        var pupil = new Complex[length];
        OpticsCache.PupilOf(key).Fill(0, pupil);
        var imaged = Focus(spectrum, pupil, layout, backend);
        var empty = incidentSpectrum is null ? null : Focus(incidentSpectrum, pupil, layout, backend);
        return (imaged, empty, layout, function.Truth);
    }

    private static Complex[] Focus(Complex[] spectrum, Complex[] pupil, SimulationLayout layout, IFftBackend backend)
    {
        int height = layout.GridHeight, width = layout.GridWidth;
        var focused = new Complex[spectrum.Length];
        for (int i = 0; i < focused.Length; i++)
        {
            focused[i] = spectrum[i] * pupil[i];
        }

        backend.Inverse(focused, height, width);
        var output = new Complex[layout.OutputHeight * layout.OutputWidth];
        for (int row = 0; row < layout.OutputHeight; row++)
        {
            focused.AsSpan((row + layout.CropRow) * width + layout.CropColumn, layout.OutputWidth).CopyTo(output.AsSpan(row * layout.OutputWidth));
        }

        return output;
    }

    /// <summary>(k_z − k)·Δz per grid frequency, NaN for evanescent components.</summary>
    private static double[] PropagationPhase(int height, int width, double voxel, double k)
    {
        var phase = new double[height * width];
        for (int row = 0; row < height; row++)
        {
            double ky = 2 * Math.PI * PupilCoordinates.Frequency(row, height) / (height * voxel);
            for (int column = 0; column < width; column++)
            {
                double kx = 2 * Math.PI * PupilCoordinates.Frequency(column, width) / (width * voxel);
                double kz2 = k * k - kx * kx - ky * ky;
                phase[row * width + column] = kz2 > 0 ? (Math.Sqrt(kz2) - k) * voxel : double.NaN;
            }
        }

        return phase;
    }

    private static void Propagate(Complex[] spectrum, double[] phase, int distance)
    {
        for (int i = 0; i < spectrum.Length; i++)
        {
            double p = phase[i];
            spectrum[i] = double.IsNaN(p) ? Complex.Zero : spectrum[i] * new Complex(Math.Cos(distance * p), Math.Sin(distance * p));
        }
    }
}
