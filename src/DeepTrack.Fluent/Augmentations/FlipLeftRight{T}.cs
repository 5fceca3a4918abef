using System;
using System.Numerics;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// Mirrors an image left-right (every plane); positional ground truth is mirrored with it.
/// For a random flip draw <see cref="Flip"/>, e.g. <c>WithFlip(Distribution.Bernoulli(0.5))</c>.
/// </summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record FlipLeftRight<T> : Feature<Image<T>, Image<T>>
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
        for (int z = 0; z < input.Depth; z++)
        {
            var source = input.Plane(z);
            var target = output.WritablePlane(z);
            for (int row = 0; row < input.Height; row++)
            {
                var sourceRow = source.Slice(row * input.Width, input.Width);
                var targetRow = target.Slice(row * input.Width, input.Width);
                sourceRow.CopyTo(targetRow);
                targetRow.Reverse();
            }
        }

        return output;
    }

    /// <inheritdoc />
    protected override CoordinateMapping? MapCoordinates(Image<T> input) => Flip ? AffineMapping.FlipColumns(input.Width).ToMapping() : null;
}
