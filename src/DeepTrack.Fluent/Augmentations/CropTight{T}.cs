using System.Numerics;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// Cuts an image to the smallest window that holds every pixel whose magnitude exceeds <see cref="Epsilon"/> in any
/// plane (DeepTrack 2.0's <c>CropTight</c>); positional ground truth is shifted to the window's frame. An image with
/// no such pixel is left whole (DeepTrack 2.0 returns an empty array, which no later feature accepts).
/// </summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record CropTight<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>Pixels of magnitude at most this count as empty (≥ 0).</summary>
    [NonNegative]
    public partial double Epsilon { get; init; } = 1e-10;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        var (top, left, height, width) = Window(input);
        return ImageWindow.Copy(input, top, left, height, width, 0, input.Depth);
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(Image<T> input)
    {
        var (top, left, _, _) = Window(input);
        return AffineMapping.Translate(-top, -left);
    }

    private (int Top, int Left, int Height, int Width) Window(Image<T> input)
    {
        int top = input.Height, bottom = -1, left = input.Width, right = -1;
        for (int z = 0; z < input.Depth; z++)
        {
            var plane = input.Plane(z);
            for (int row = 0; row < input.Height; row++)
            {
                for (int column = 0; column < input.Width; column++)
                {
                    if (double.CreateSaturating(T.Abs(plane[row * input.Width + column])) > Epsilon)
                    {
                        top = System.Math.Min(top, row);
                        bottom = System.Math.Max(bottom, row);
                        left = System.Math.Min(left, column);
                        right = System.Math.Max(right, column);
                    }
                }
            }
        }

        return bottom < 0 ? (0, 0, input.Height, input.Width) : (top, left, bottom - top + 1, right - left + 1);
    }
}
