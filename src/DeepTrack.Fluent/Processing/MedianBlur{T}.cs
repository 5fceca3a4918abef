using System;
using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Replaces every pixel by the median of the <see cref="KernelSize"/> × <see cref="KernelSize"/> window centred on
/// it (per plane); the window holds an odd number of pixels, so the median is one of them.
/// </summary>
/// <typeparam name="T">Real pixel type.</typeparam>
[Feature]
public sealed partial record MedianBlur<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumber<T>
{
    /// <summary>The window's side in pixels (odd, ≥ 1).</summary>
    [Positive]
    public partial int KernelSize { get; init; } = 3;

    /// <summary>How the image is extended beyond its edges.</summary>
    public partial BorderMode Mode { get; init; } = BorderMode.Reflect;

    /// <summary>The value outside the image for <see cref="BorderMode.Constant"/>.</summary>
    public partial double FillValue { get; init; } = 0;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(KernelSize >= 1 && KernelSize % 2 == 1 && KernelSize <= 2 * GaussianBlur<T>.MaximumRadius + 1, KernelSize, $"must be odd, ≥ 1 and at most {2 * GaussianBlur<T>.MaximumRadius + 1}");
        int radius = KernelSize / 2, height = input.Height, width = input.Width;
        T fill = T.CreateSaturating(FillValue);
        var window = new T[KernelSize * KernelSize];
        var output = input.CreateLike();
        for (int z = 0; z < input.Depth; z++)
        {
            ReadOnlySpan<T> source = input.Plane(z);
            var target = output.WritablePlane(z);
            for (int row = 0; row < height; row++)
            {
                for (int column = 0; column < width; column++)
                {
                    int n = 0;
                    for (int i = -radius; i <= radius; i++)
                    {
                        int r = BorderIndex.Resolve(row + i, height, Mode);
                        for (int j = -radius; j <= radius; j++)
                        {
                            int c = BorderIndex.Resolve(column + j, width, Mode);
                            window[n++] = r < 0 || c < 0 ? fill : source[r * width + c];
                        }
                    }

                    target[row * width + column] = OrderStatistics.Median<T>(window);
                }
            }
        }

        return output;
    }
}
