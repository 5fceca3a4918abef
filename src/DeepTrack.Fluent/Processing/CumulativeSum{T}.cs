using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>The running sum along one axis (NumPy's <c>np.cumsum(image, axis)</c>); the shape is unchanged.</summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record CumulativeSum<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>The axis summed along.</summary>
    public partial ImageAxis Axis { get; init; } = ImageAxis.Rows;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        int height = input.Height, width = input.Width;
        var result = input.Clone();
        var pixels = result.AsWritableSpan();
        int stride = Axis switch
        {
            ImageAxis.Rows => width,
            ImageAxis.Columns => 1,
            _ => height * width,
        };
        for (int i = 0; i < pixels.Length; i++)
        {
            int position = Axis switch
            {
                ImageAxis.Rows => i / width % height,
                ImageAxis.Columns => i % width,
                _ => i / (height * width),
            };
            if (position > 0)
            {
                pixels[i] += pixels[i - stride];
            }
        }

        return result;
    }
}
