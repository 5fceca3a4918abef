using System.Collections.Generic;
using DeepTrack.Fluent;

namespace GettingStarted;

/// <summary>Merges the spots on a uniform background and adds Gaussian read noise at a given signal-to-noise ratio.</summary>
[Feature]
public sealed partial record Camera : MergeFeature
{
    /// <summary>The image size in pixels (square).</summary>
    public partial int Size { get; init; } = 51;

    /// <summary>The uniform background level.</summary>
    [NonNegative]
    public partial double Background { get; init; } = 0.1;

    /// <summary>Peak signal over the noise's standard deviation.</summary>
    [Positive]
    public partial double SignalToNoise { get; init; } = 10;

    protected override Image<double> Merge(IReadOnlyList<Image<double>> spots, FeatureContext context)
    {
        var image = new Image<double>(Size, Size) + Background;
        foreach (var spot in spots)
        {
            image += spot;
        }

        double sigma = 1 / SignalToNoise;
        var pixels = image.AsWritableSpan();
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] += sigma * context.Random.NextGaussian();
        }

        return image;
    }
}
