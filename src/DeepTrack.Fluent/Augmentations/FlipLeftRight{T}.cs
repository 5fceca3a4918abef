using System;
using System.Numerics;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>Mirrors an image left-right (every plane); positional ground truth is mirrored with it.</summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record FlipLeftRight<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        var output = input.CreateLike();
        for (int z = 0; z < input.Depth; z++)
        {
            var source = input.Plane(z);
            var target = output.Plane(z);
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
    protected override CoordinateMapping MapCoordinates(Image<T> input) => AffineMapping.FlipColumns(input.Width);
}
