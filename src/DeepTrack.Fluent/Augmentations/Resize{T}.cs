using System.Numerics;
using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// Resamples every plane to <see cref="Height"/> × <see cref="Width"/> pixels (DeepTrack 2.0's <c>Resize</c>, which
/// calls OpenCV's <c>resize</c>): with pixel areas aligned, output pixel (r, c) reads the input at
/// ((r + ½)·H/H′ − ½, (c + ½)·W/W′ − ½), edges extended by repeating the edge pixel. Positional ground truth is
/// mapped the same way. DeepTrack 2.0 takes the size as OpenCV's (width, height); here the two are named.
/// </summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record Resize<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>Rows of the result (≥ 1).</summary>
    [Positive]
    public partial int Height { get; init; }

    /// <summary>Columns of the result (≥ 1).</summary>
    [Positive]
    public partial int Width { get; init; }

    /// <summary>How the input is read between pixel centres (OpenCV's default is bilinear).</summary>
    public partial Interpolation Interpolation { get; init; } = Interpolation.Linear;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require((long)Height * Width * input.Depth <= System.Array.MaxLength, Height, $"makes a {Height}×{Width}×{input.Depth} image (at most {System.Array.MaxLength} pixels)");
        double rowScale = (double)input.Height / Height, columnScale = (double)input.Width / Width;
        var output = input.Rank == 2 ? new Image<T>(Height, Width) : new Image<T>(Height, Width, input.Depth);
        for (int z = 0; z < input.Depth; z++)
        {
            var source = input.Plane(z);
            var target = output.WritablePlane(z);
            for (int row = 0; row < Height; row++)
            {
                double r = (row + 0.5) * rowScale - 0.5;
                for (int column = 0; column < Width; column++)
                {
                    double c = (column + 0.5) * columnScale - 0.5;
                    target[row * Width + column] = Resampler.Sample(source, input.Height, input.Width, r, c, Interpolation, BorderMode.Nearest, T.Zero);
                }
            }
        }

        return output;
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(Image<T> input)
    {
        double rows = (double)Height / input.Height, columns = (double)Width / input.Width;
        return new AffineMapping(rows, 0, 0.5 * rows - 0.5, 0, columns, 0.5 * columns - 0.5);
    }
}
