using System;
using System.Numerics;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// Crops an image (every plane) to the largest height and width that are multiples of <see cref="Multiple"/>
/// (e.g. for networks that pool repeatedly); positional ground truth is shifted to the window's frame.
/// </summary>
/// <remarks>
/// Of the excess rows, ⌊<see cref="VerticalAlignment"/> · excess⌋ are removed from the top and the rest from the
/// bottom (0 keeps the top rows, 0.5 centres, 1 keeps the bottom rows); columns likewise with
/// <see cref="HorizontalAlignment"/>. Draw the alignments, e.g. from <c>Distribution.Uniform(0, 1)</c>, for a random window.
/// </remarks>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record CropToMultiplesOf<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>The height and width of the result are multiples of this (≥ 1, at most the image size).</summary>
    [Positive]
    public partial int Multiple { get; init; } = 2;

    /// <summary>Where the window sits vertically, in [0, 1].</summary>
    [InRange(0, 1)]
    public partial double VerticalAlignment { get; init; } = 0;

    /// <summary>Where the window sits horizontally, in [0, 1].</summary>
    [InRange(0, 1)]
    public partial double HorizontalAlignment { get; init; } = 0;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(Multiple >= 1 && Multiple <= input.Height && Multiple <= input.Width, Multiple, $"must be ≥ 1 and fit in the {input.Height}×{input.Width} image");
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
        int height = input.Height / Multiple * Multiple, width = input.Width / Multiple * Multiple;
        int top = (int)Math.Floor(VerticalAlignment * (input.Height - height));
        int left = (int)Math.Floor(HorizontalAlignment * (input.Width - width));
        return (top, left, height, width);
    }
}
