using System;
using DeepTrack.Fluent;

namespace ParticleLocalization;

/// <summary>
/// Camera noise at a signal-to-noise ratio: normal noise of standard deviation σ = S / <see cref="SignalToNoise"/> on every
/// pixel, where S = max |I − <see cref="Background"/>| is the particle's largest deviation from the background in the
/// noise-free image.
/// </summary>
[Feature]
public sealed partial record CameraNoise : Feature<Image<double>, Image<double>>
{
    /// <summary>The intensity without a particle (1 for <see cref="DeepTrack.Fluent.Physics.Brightfield"/>).</summary>
    public partial double Background { get; init; } = 1;

    /// <summary>The particle's peak deviation from the background over the noise's standard deviation.</summary>
    [Positive]
    public partial double SignalToNoise { get; init; } = 10;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        var output = input.Clone();
        var pixels = output.AsWritableSpan();
        double signal = 0;
        foreach (double v in pixels)
        {
            signal = Math.Max(signal, Math.Abs(v - Background));
        }

        double sigma = signal / SignalToNoise;
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] += sigma * context.Random.NextGaussian();
        }

        return output;
    }
}
