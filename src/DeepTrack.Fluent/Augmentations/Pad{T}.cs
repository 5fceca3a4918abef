using System;
using System.Linq;
using System.Numerics;
using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// Adds rows and columns around an image (every plane), and planes before and after it (<see cref="Front"/>,
/// <see cref="Back"/>: a two-dimensional image then becomes a volume), filled by <see cref="Mode"/>; positional
/// ground truth is shifted by (<see cref="Top"/>, <see cref="Left"/>).
/// </summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record Pad<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>Rows added above (≥ 0).</summary>
    [NonNegative]
    public partial int Top { get; init; } = 0;

    /// <summary>Rows added below (≥ 0).</summary>
    [NonNegative]
    public partial int Bottom { get; init; } = 0;

    /// <summary>Columns added on the left (≥ 0).</summary>
    [NonNegative]
    public partial int Left { get; init; } = 0;

    /// <summary>Columns added on the right (≥ 0).</summary>
    [NonNegative]
    public partial int Right { get; init; } = 0;

    /// <summary>Planes added before the first (≥ 0).</summary>
    [NonNegative]
    public partial int Front { get; init; } = 0;

    /// <summary>Planes added after the last (≥ 0).</summary>
    [NonNegative]
    public partial int Back { get; init; } = 0;

    /// <summary>How the new pixels are filled.</summary>
    public partial BorderMode Mode { get; init; } = BorderMode.Constant;

    /// <summary>The value of the new pixels for <see cref="BorderMode.Constant"/>.</summary>
    public partial double FillValue { get; init; } = 0;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        long rows = (long)input.Height + Top + Bottom, columns = (long)input.Width + Left + Right, planes = (long)input.Depth + Front + Back;
        if (rows * columns * planes > Array.MaxLength)
        {
            var (name, value) = new[] { (nameof(Top), Top), (nameof(Bottom), Bottom), (nameof(Left), Left), (nameof(Right), Right), (nameof(Front), Front), (nameof(Back), Back) }.MaxBy(p => p.Item2);
            throw new PropertyValueException(Name, name, value, $"makes a {rows}×{columns}×{planes} image (at most {Array.MaxLength} pixels)");
        }

        int height = (int)rows, width = (int)columns, depth = (int)planes;
        var output = input.Rank == 2 && depth == 1 ? new Image<T>(height, width) : new Image<T>(height, width, depth);
        T fill = T.CreateChecked(FillValue);
        for (int z = 0; z < depth; z++)
        {
            var target = output.WritablePlane(z);
            int plane = BorderIndex.Resolve(z - Front, input.Depth, Mode);
            if (plane < 0)
            {
                target.Fill(fill);
                continue;
            }

            var source = input.Plane(plane);
            for (int row = 0; row < height; row++)
            {
                int r = BorderIndex.Resolve(row - Top, input.Height, Mode);
                for (int column = 0; column < width; column++)
                {
                    int c = BorderIndex.Resolve(column - Left, input.Width, Mode);
                    target[row * width + column] = r < 0 || c < 0 ? fill : source[r * input.Width + c];
                }
            }
        }

        return output;
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(Image<T> input) => AffineMapping.Translate(Top, Left);
}
