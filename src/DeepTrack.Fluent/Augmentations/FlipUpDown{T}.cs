using System.Numerics;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// Mirrors an image up-down (every plane); positional ground truth is mirrored with it.
/// For a random flip draw <see cref="Flip"/>, e.g. <c>WithFlip(Distribution.Bernoulli(0.5))</c>.
/// </summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record FlipUpDown<T> : Feature<Image<T>, Image<T>>
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

        var output = input.CreateLike();
        int width = input.Width;
        for (int z = 0; z < input.Depth; z++)
        {
            var source = input.Plane(z);
            var target = output.WritablePlane(z);
            for (int row = 0; row < input.Height; row++)
            {
                source.Slice(row * width, width).CopyTo(target.Slice((input.Height - 1 - row) * width, width));
            }
        }

        return output;
    }

    /// <inheritdoc />
    protected override CoordinateMapping? MapCoordinates(Image<T> input) => Flip ? AffineMapping.FlipRows(input.Height).ToMapping() : null;
}
