using System;
using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Edge-preserving smoothing (OpenCV's <c>bilateralFilter</c>, which DeepTrack 2.0's <c>BilateralBlur</c> calls):
/// every pixel becomes the weighted mean of the pixels of a disc of <see cref="Diameter"/> around it, each weighted by
/// exp(−d² / 2σ_space²) for its distance d and by exp(−Δ² / 2σ_color²) for its difference Δ in value, per plane.
/// Written here because OpenCV is a native library the core package does not carry; the disc, the weights and the
/// mirrored border (<see cref="BorderMode.Mirror"/>, OpenCV's default) are OpenCV's.
/// </summary>
/// <typeparam name="T">Real pixel type (integer results are rounded to the nearest value).</typeparam>
[Feature]
public sealed partial record BilateralBlur<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumber<T>
{
    /// <summary>The disc's diameter in pixels (≥ 1; offsets up to ⌊Diameter / 2⌋ pixels from the centre are read).</summary>
    [Positive]
    public partial int Diameter { get; init; } = 5;

    /// <summary>σ of the weight on differences in value, in the image's units (OpenCV's <c>sigmaColor</c>).</summary>
    [Positive]
    public partial double SigmaColor { get; init; }

    /// <summary>σ of the weight on distance, in pixels (OpenCV's <c>sigmaSpace</c>).</summary>
    [Positive]
    public partial double SigmaSpace { get; init; } = 1.5;

    /// <summary>How the image is extended beyond its edges.</summary>
    public partial BorderMode Mode { get; init; } = BorderMode.Mirror;

    /// <summary>The value outside the image for <see cref="BorderMode.Constant"/>.</summary>
    public partial double FillValue { get; init; } = 0;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(Diameter >= 1 && Diameter <= 2 * GaussianBlur<T>.MaximumRadius + 1, Diameter, $"must be ≥ 1 and at most {2 * GaussianBlur<T>.MaximumRadius + 1}");
        var taps = Taps();
        int height = input.Height, width = input.Width;
        double colorScale = -0.5 / (SigmaColor * SigmaColor);
        bool integer = typeof(T) != typeof(double) && typeof(T) != typeof(float) && typeof(T) != typeof(Half);
        var output = input.CreateLike();
        for (int z = 0; z < input.Depth; z++)
        {
            ReadOnlySpan<T> source = input.Plane(z);
            var target = output.WritablePlane(z);
            for (int row = 0; row < height; row++)
            {
                for (int column = 0; column < width; column++)
                {
                    double centre = double.CreateChecked(source[row * width + column]);
                    double sum = 0, norm = 0;
                    foreach (var (i, j, spatial) in taps)
                    {
                        int r = BorderIndex.Resolve(row + i, height, Mode), c = BorderIndex.Resolve(column + j, width, Mode);
                        double value = r < 0 || c < 0 ? FillValue : double.CreateChecked(source[r * width + c]);
                        double difference = value - centre;
                        double weight = spatial * Math.Exp(difference * difference * colorScale);
                        sum += weight * value;
                        norm += weight;
                    }

                    double mean = sum / norm;
                    target[row * width + column] = integer ? T.CreateSaturating(Math.Round(mean, MidpointRounding.AwayFromZero)) : T.CreateChecked(mean);
                }
            }
        }

        return output;
    }

    /// <summary>The offsets of the disc and their spatial weights.</summary>
    private List<(int Row, int Column, double Weight)> Taps()
    {
        int radius = Diameter / 2;
        double spaceScale = -0.5 / (SigmaSpace * SigmaSpace);
        var taps = new List<(int, int, double)>();
        for (int i = -radius; i <= radius; i++)
        {
            for (int j = -radius; j <= radius; j++)
            {
                if (i * i + j * j <= radius * radius)
                {
                    taps.Add((i, j, Math.Exp((i * i + j * j) * spaceScale)));
                }
            }
        }

        return taps;
    }
}
