using System.Numerics;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// Cuts a window out of an image: rows and columns of every plane, and of a volume the planes from <see cref="Front"/>
/// (all by default); positional ground truth is shifted to the window's frame.
/// </summary>
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

    /// <summary>First plane of the window (a volume's third axis).</summary>
    public partial int Front { get; init; } = 0;

    /// <summary>Planes of the window (≥ 1); <see langword="null"/>: from <see cref="Front"/> to the last.</summary>
    public partial int? Depth { get; init; } = null;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(Top >= 0 && Top < input.Height, Top, $"the window must start inside the {input.Height} rows");
        Require(Left >= 0 && Left < input.Width, Left, $"the window must start inside the {input.Width} columns");
        Require(Height >= 1 && (long)Top + Height <= input.Height, Height, $"the window must end inside the {input.Height} rows (Top = {Top})");
        Require(Width >= 1 && (long)Left + Width <= input.Width, Width, $"the window must end inside the {input.Width} columns (Left = {Left})");
        Require(Front >= 0 && Front < input.Depth, Front, $"the window must start inside the {input.Depth} planes");
        int depth = Depth ?? input.Depth - Front;
        Require(depth >= 1 && (long)Front + depth <= input.Depth, Depth, $"the window must end inside the {input.Depth} planes (Front = {Front})");
        return ImageWindow.Copy(input, Top, Left, Height, Width, Front, depth);
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(Image<T> input) => AffineMapping.Translate(-Top, -Left);
}
