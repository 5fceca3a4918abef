using System.Numerics;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// Mirrors an image about its main diagonal, i.e. transposes rows and columns (every plane; a H × W image becomes
/// W × H; NumPy's <c>np.swapaxes(image, 0, 1)</c>, the transpose of a 2-D image); positional ground truth is transposed
/// with it. For a random flip draw <see cref="Flip"/>; for a fixed transpose leave it true.
/// </summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record FlipDiagonal<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>Whether this sample is flipped (false passes the image through unchanged).</summary>
    public partial bool Flip { get; init; } = true;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        if (!Flip)
        {
            return input;
        }

        int height = input.Height, width = input.Width;
        var output = input.Rank == 2 ? new Image<T>(width, height) : new Image<T>(width, height, input.Depth);
        for (int z = 0; z < input.Depth; z++)
        {
            var source = input.Plane(z);
            var target = output.WritablePlane(z);
            for (int row = 0; row < height; row++)
            {
                for (int column = 0; column < width; column++)
                {
                    target[column * height + row] = source[row * width + column];
                }
            }
        }

        return output;
    }

    /// <inheritdoc />
    protected override CoordinateMapping? MapCoordinates(Image<T> input) => Flip ? AffineMapping.Transpose().ToMapping() : null;
}
