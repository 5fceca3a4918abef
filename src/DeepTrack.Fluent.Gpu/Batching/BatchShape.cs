using System;
using System.Collections.Generic;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Gpu.Batching;

/// <summary>
/// The shape of a pipeline that the device computes: sample features (scatterers and anything else on the list of
/// sample objects), one <see cref="Fluorescence"/> or coherent optics (<see cref="Brightfield"/>, <see cref="Darkfield"/>,
/// <see cref="Holography"/>, <see cref="Iscat"/>; Mie particles only), then any number of <see cref="PoissonNoise"/> and
/// <see cref="GaussianNoise"/>, joined by <c>&gt;&gt;</c>.
/// </summary>
internal sealed class BatchShape
{
    private BatchShape(IReadOnlyList<Feature<IReadOnlyList<SampleObject>, IReadOnlyList<SampleObject>>> sample, Optics optics, IReadOnlyList<Feature<Image<double>, Image<double>>> noise)
    {
        Sample = sample;
        Optics = optics;
        Noise = noise;
    }

    /// <summary>The features before the optics, in order (evaluated on the CPU, with the pipeline's keyed random streams).</summary>
    public IReadOnlyList<Feature<IReadOnlyList<SampleObject>, IReadOnlyList<SampleObject>>> Sample { get; }

    /// <summary>The optics, as declared in the pipeline.</summary>
    public Optics Optics { get; }

    /// <summary>The noise features after the optics, in order (computed on the device).</summary>
    public IReadOnlyList<Feature<Image<double>, Image<double>>> Noise { get; }

    /// <summary>Splits <paramref name="root"/> into its parts.</summary>
    /// <param name="root">The pipeline's feature.</param>
    /// <returns>The shape.</returns>
    /// <exception cref="NotSupportedException">The pipeline has another shape (the message names the feature).</exception>
    public static BatchShape Of(Feature root)
    {
        var features = new List<Feature>();
        var pending = new Stack<Feature>();
        pending.Push(root);
        while (pending.TryPop(out var feature))
        {
            if (feature is IChain chain)
            {
                pending.Push(chain.SecondFeature);
                pending.Push(chain.FirstFeature);
            }
            else
            {
                features.Add(feature);
            }
        }

        var sample = new List<Feature<IReadOnlyList<SampleObject>, IReadOnlyList<SampleObject>>>();
        var noise = new List<Feature<Image<double>, Image<double>>>();
        Optics? optics = null;
        foreach (var feature in features)
        {
            switch (feature)
            {
                case Fluorescence or Brightfield or Darkfield or Holography or Iscat when optics is null:
                    optics = (Optics)feature;
                    break;
                case Feature<IReadOnlyList<SampleObject>, IReadOnlyList<SampleObject>> objects when optics is null:
                    sample.Add(objects);
                    break;
                case PoissonNoise or GaussianNoise when optics is not null:
                    noise.Add((Feature<Image<double>, Image<double>>)feature);
                    break;
                default:
                    throw Unsupported(feature, optics is null ? "before the optics" : "after the optics");
            }
        }

        if (optics is null)
        {
            throw new NotSupportedException(
                $"{root.Name} has no Fluorescence, Brightfield, Darkfield, Holography or Iscat optics: the GPU computes sample features >> one of them >> PoissonNoise/GaussianNoise. Build the pipeline without WithGpu to generate it on the CPU.");
        }

        return new BatchShape(sample, optics, noise);
    }

    private static NotSupportedException Unsupported(Feature feature, string where)
        => new($"{feature.Name} ({where}) is not computed on the GPU, which computes sample features >> Fluorescence, or Brightfield, Darkfield, Holography or Iscat (Mie particles) >> PoissonNoise/GaussianNoise. Build the pipeline without WithGpu to generate it on the CPU, or apply {feature.Name} to the batch's images afterwards.");
}
