using DeepTrack.Fluent;

namespace ParticleImages;

/// <summary>Adds Gaussian noise drawn from the pipeline's seeded stream.</summary>
[Feature]
public sealed partial record ShotNoise : Feature<Image<double>, Image<double>>
{
    /// <summary>Standard deviation of the noise.</summary>
    [NonNegative]
    public partial double Level { get; init; } = 0.05;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        var output = input.Clone();
        var pixels = output.AsWritableSpan();
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] += Level * context.Random.NextGaussian();
        }

        return output;
    }
}
