using System.Numerics;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>Cuts a window out of an image (every plane); positional ground truth is shifted to the window's frame.</summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record Crop<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>First row of the window.</summary>
    public partial int Top { get; init; } = 0;

    /// <summary>First column of the window.</summary>
    public partial int Left { get; init; } = 0;

    /// <summary>Rows of the window (≥ 1).</summary>
    public partial int Height { get; init; }

    /// <summary>Columns of the window (≥ 1).</summary>
    public partial int Width { get; init; }

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(Top >= 0 && Top < input.Height, Top, $"the window must start inside the {input.Height} rows");
        Require(Left >= 0 && Left < input.Width, Left, $"the window must start inside the {input.Width} columns");
        Require(Height >= 1 && (long)Top + Height <= input.Height, Height, $"the window must end inside the {input.Height} rows (Top = {Top})");
        Require(Width >= 1 && (long)Left + Width <= input.Width, Width, $"the window must end inside the {input.Width} columns (Left = {Left})");
        var output = input.Rank == 2 ? new Image<T>(Height, Width) : new Image<T>(Height, Width, input.Depth);
        for (int z = 0; z < input.Depth; z++)
        {
            var source = input.Plane(z);
            var target = output.WritablePlane(z);
            for (int row = 0; row < Height; row++)
            {
                source.Slice((Top + row) * input.Width + Left, Width).CopyTo(target.Slice(row * Width, Width));
            }
        }

        return output;
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(Image<T> input) => AffineMapping.Translate(-Top, -Left);
}
