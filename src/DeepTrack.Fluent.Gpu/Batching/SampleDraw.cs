using System;
using System.Collections.Generic;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Gpu.Batching;

/// <summary>
/// Everything the device needs for one sample, drawn on the CPU exactly as the managed path draws it: the sample
/// objects from the pipeline's keyed streams, the optics' grid; for fluorescence the PSF planes (from the
/// environment's cache) and the voxel planes split into stamped entries and FFT-convolved dense planes by the managed
/// path's rule; for coherent optics the pupil, the Mie particles' parameters and iSCAT's reference; and the resolved noise.
/// </summary>
internal sealed class SampleDraw
{
    public required long Index { get; init; }

    public required IReadOnlyList<SampleObject> Objects { get; init; }

    public required Optics Optics { get; init; }

    public required PupilFunction Pupil { get; init; }

    public required SimulationLayout Layout { get; init; }

    /// <summary>The point-like planes, stamped: (grid index, emission, PSF plane) in the managed path's order.</summary>
    public required List<(int Index, double Value, PsfPlane Psf, (PupilKey Key, int Z) Slot)> Stamps { get; init; }

    /// <summary>The dense planes, convolved by FFT: the plane on the grid and its PSF.</summary>
    public required List<(double[] Grid, PsfPlane Psf, (PupilKey Key, int Z) Slot)> Dense { get; init; }

    public required List<NoiseStep> Noise { get; init; }

    /// <summary>The pipeline's environment (its cache holds the PSFs, pupils and the plane wave's spectrum).</summary>
    public required SimulationEnvironment Environment { get; init; }

    /// <summary>Coherent optics: the pupil (from the environment's cache), else null.</summary>
    public Pupil? CoherentPupil { get; init; }

    /// <summary>Coherent optics: the Mie particles, in the order the managed path adds them, else null.</summary>
    public List<MieSpectrumSource>? Particles { get; init; }

    /// <summary>Iscat: the reference field r·e^{iφ} added to the scattered field; 0 otherwise.</summary>
    public System.Numerics.Complex Reference { get; init; }

    /// <summary>Draws sample <paramref name="index"/> with <paramref name="evaluator"/> (of the pipeline's graph and seed).</summary>
    /// <param name="evaluator">The evaluator.</param>
    /// <param name="shape">The pipeline's parts.</param>
    /// <param name="input">The pipeline's default input.</param>
    /// <param name="index">The sample.</param>
    /// <returns>The draw.</returns>
    public static SampleDraw Draw(Evaluator evaluator, BatchShape shape, IReadOnlyList<SampleObject> input, long index)
    {
        evaluator.MoveTo(index);
        var objects = input;
        foreach (var feature in shape.Sample)
        {
            objects = evaluator.Evaluate(feature, objects, ReplicaPath.Root);
        }

        var optics = (Optics)evaluator.GetResolved(shape.Optics, ReplicaPath.Root);
        var layout = optics.CheckedLayout();
        var pupil = optics.Pupil is null ? PupilFunction.Ideal : evaluator.Evaluate(optics.Pupil, PupilFunction.Ideal, ReplicaPath.Root);
        var key = optics.KeyOf(layout, pupil);
        var stamps = new List<(int, double, PsfPlane, (PupilKey, int))>();
        var dense = new List<(double[], PsfPlane, (PupilKey, int))>();
        Pupil? coherentPupil = null;
        List<MieSpectrumSource>? particles = null;
        var reference = System.Numerics.Complex.Zero;
        if (optics is CoherentOptics coherent)
        {
            reference = coherent is Iscat iscat ? iscat.CheckedReference() : reference;
            (coherentPupil, particles) = DrawCoherent(coherent, objects, layout, key, evaluator.Environment);
        }
        else
        {
            DrawFluorescence(optics, objects, layout, key, evaluator.Environment, stamps, dense);
        }

        var noise = new List<NoiseStep>(shape.Noise.Count);
        foreach (var feature in shape.Noise)
        {
            var resolved = evaluator.GetResolved(feature, ReplicaPath.Root);
            ulong randomKey = ContextOf(evaluator, feature).Random.NextUInt64();
            noise.Add(resolved switch
            {
                PoissonNoise poisson => Checked(poisson, randomKey),
                GaussianNoise gaussian => Checked(gaussian, randomKey),
                _ => throw new InvalidOperationException($"{feature.Name} is not a noise feature of the GPU path."),
            });
        }

        return new SampleDraw
        {
            Index = index, Objects = objects, Optics = optics, Pupil = pupil, Layout = layout, Stamps = stamps, Dense = dense, Noise = noise,
            CoherentPupil = coherentPupil, Particles = particles, Reference = reference, Environment = evaluator.Environment,
        };
    }

    /// <summary>The managed Fluorescence's voxel planes, split into stamped entries and dense planes by its rule.</summary>
    private static void DrawFluorescence(Optics optics, IReadOnlyList<SampleObject> objects, SimulationLayout layout, PupilKey key, SimulationEnvironment environment, List<(int, double, PsfPlane, (PupilKey, int))> stamps, List<(double[], PsfPlane, (PupilKey, int))> dense)
    {
        var volumes = new List<VolumeObject>(objects.Count);
        foreach (var item in objects)
        {
            if (item is not VolumeObject volume)
            {
                throw new ArgumentException($"{optics.Name} images volume objects; {item.GetType().Name} at {item.Position} is a field scatterer, which only coherent optics accept.", nameof(objects));
            }

            volumes.Add(volume);
        }

        double emissionScale = 1.0 / layout.Voxels.VoxelsPerCubicPixel;
        var planes = VolumeRenderer.Render(volumes, layout, v => v.Intensity * emissionScale);
        int gridLength = layout.GridHeight * layout.GridWidth, outputLength = layout.OutputHeight * layout.OutputWidth;
        double fftCost = 4.0 * gridLength * Math.Log2(gridLength);
        foreach (var (z, plane) in planes)
        {
            var psf = OpticsCache.PsfOf(environment, key, z);
            if (plane.Sparse is { } entries && (double)entries.Count * outputLength <= fftCost)
            {
                foreach (var (gridIndex, value) in entries)
                {
                    stamps.Add((gridIndex, value, psf, (key, z)));
                }

                continue;
            }

            var grid = new double[gridLength];
            if (plane.Sparse is { } sparse)
            {
                foreach (var (gridIndex, value) in sparse)
                {
                    grid[gridIndex] += value;
                }
            }
            else
            {
                plane.Dense!.CopyTo(grid, 0);
            }

            dense.Add((grid, psf, (key, z)));
        }
    }

    /// <summary>The managed coherent optics' pupil and Mie particles; anything it would image otherwise is refused by name.</summary>
    private static (Pupil Pupil, List<MieSpectrumSource> Particles) DrawCoherent(CoherentOptics optics, IReadOnlyList<SampleObject> objects, SimulationLayout layout, PupilKey key, SimulationEnvironment environment)
    {
        if (optics.Illumination is not null)
        {
            throw new NotSupportedException($"{optics.Name}: a shaped illumination ({optics.Illumination.Name}) is not computed on the GPU. Build the pipeline without WithGpu to generate it on the CPU.");
        }

        double illumination = optics.CheckedIlluminationAngle();
        var grid = layout.ToOpticalGrid(optics.Wavelength, optics.NA, optics.RefractiveIndexMedium, environment, illumination);
        var particles = new List<MieSpectrumSource>(objects.Count);
        foreach (var item in objects)
        {
            if (item is not IMieSpectrumScatterer mie)
            {
                throw new NotSupportedException(
                    $"{optics.Name} on the GPU images Mie particles only; {item.GetType().Name} at {item.Position} needs the CPU path (voxel objects: multislice propagation). Build the pipeline without WithGpu to generate it on the CPU.");
            }

            particles.Add(mie.SpectrumSource(grid) ?? throw new NotSupportedException(
                $"{optics.Name}: a Mie particle sampled on a plane (OffsetZ or MieSampling.DeepTrack2Plane) at {item.Position} is not computed on the GPU, which evaluates the exact angular spectrum. Build the pipeline without WithGpu to generate it on the CPU."));
        }

        return (OpticsCache.PupilOf(environment, key), particles);
    }

    /// <summary>
    /// The image of this sample from its pixels (after the noise), with the ground truth that the managed path
    /// attaches: the optics' (objects mapped to the output region, the optics, the pupil), then each noise feature's.
    /// </summary>
    /// <param name="evaluator">The evaluator (at this sample).</param>
    /// <param name="shape">The pipeline's parts.</param>
    /// <param name="pixels">The final pixels.</param>
    /// <returns>The read-only image.</returns>
    public Image<double> ToImage(Evaluator evaluator, BatchShape shape, double[] pixels)
    {
        evaluator.MoveTo(Index);
        int height = Optics.OutputRegion.Height, width = Optics.OutputRegion.Width;
        var image = Optics is Holography ? Image<double>.Wrap(pixels, height, width, 2) : Image<double>.Wrap(pixels, height, width);
        image = image.WithTruth(image.Truth.Merge(Pupil.Truth));
        var mapping = AffineMapping.Translate(-Optics.OutputRegion.Top, -Optics.OutputRegion.Left);
        image = GroundTruthPropagation.Apply(Objects, image, Optics, ContextOf(evaluator, shape.Optics), mapping);
        OutputImages.MakeReadOnly(image);
        for (int k = 0; k < shape.Noise.Count; k++)
        {
            var next = image.CreateUninitializedLike();
            pixels.CopyTo(next.AsWritableSpan());
            image = GroundTruthPropagation.Apply(image, next, Noise[k].Resolved, ContextOf(evaluator, shape.Noise[k]), null);
            OutputImages.MakeReadOnly(image);
        }

        return image;
    }

    private static FeatureContext ContextOf<TIn, TOut>(Evaluator evaluator, Feature<TIn, TOut> feature)
    {
        int node = evaluator.Graph.IdOf(feature);
        return new FeatureContext(evaluator, feature, ReplicaPath.Root, node, new OutputEntry<TIn, TOut> { NodeId = node });
    }

    private static NoiseStep Checked(PoissonNoise noise, ulong key)
    {
        Require(noise, noise.Snr > 0 && double.IsFinite(noise.Snr), nameof(PoissonNoise.Snr), noise.Snr, "must be finite and > 0");
        Require(noise, double.IsFinite(noise.Background), nameof(PoissonNoise.Background), noise.Background, "must be finite");
        Require(noise, Enum.IsDefined(noise.Definition), nameof(PoissonNoise.Definition), noise.Definition, "must be a defined SnrDefinition");
        return new NoiseStep(true, noise.Snr, noise.Background, noise.Definition, key, noise);
    }

    private static NoiseStep Checked(GaussianNoise noise, ulong key)
    {
        Require(noise, double.IsFinite(noise.Mean), nameof(GaussianNoise.Mean), noise.Mean, "must be finite");
        Require(noise, noise.Sigma >= 0 && double.IsFinite(noise.Sigma), nameof(GaussianNoise.Sigma), noise.Sigma, "must be finite and ≥ 0");
        return new NoiseStep(false, noise.Mean, noise.Sigma, SnrDefinition.PeakShotNoise, key, noise);
    }

    private static void Require(Feature feature, bool condition, string property, object value, string requirement)
    {
        if (!condition)
        {
            throw new PropertyValueException(feature.Name, property, value, requirement);
        }
    }
}
