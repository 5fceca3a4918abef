using System.Numerics;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// NumPy's basic slicing <c>image[rowStart:rowStop:rowStep, columnStart:columnStop:columnStep, planeStart:planeStop:planeStep]</c>
/// (DeepTrack 2.0's <c>Slice</c> and <c>feature[...]</c>): negative indices count from the end, negative steps
/// reverse an axis, an omitted bound runs to the end. Positional ground truth follows the pixels: a row r moves to
/// (r − RowStart) / RowStep. Unlike NumPy, bounds outside the axis and empty selections are refused rather than
/// clamped or returned empty.
/// </summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record Slice<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>The first row read (negative: from the end); <see langword="null"/>: the first in the direction of <see cref="RowStep"/>.</summary>
    public partial int? RowStart { get; init; } = null;

    /// <summary>The row where reading stops, exclusive; <see langword="null"/>: past the last.</summary>
    public partial int? RowStop { get; init; } = null;

    /// <summary>Every how many rows one is read (not 0; negative reverses).</summary>
    public partial int RowStep { get; init; } = 1;

    /// <summary>The first column read; <see langword="null"/>: the first in the direction of <see cref="ColumnStep"/>.</summary>
    public partial int? ColumnStart { get; init; } = null;

    /// <summary>The column where reading stops, exclusive; <see langword="null"/>: past the last.</summary>
    public partial int? ColumnStop { get; init; } = null;

    /// <summary>Every how many columns one is read (not 0; negative reverses).</summary>
    public partial int ColumnStep { get; init; } = 1;

    /// <summary>The first plane read; <see langword="null"/>: the first in the direction of <see cref="PlaneStep"/>.</summary>
    public partial int? PlaneStart { get; init; } = null;

    /// <summary>The plane where reading stops, exclusive; <see langword="null"/>: past the last.</summary>
    public partial int? PlaneStop { get; init; } = null;

    /// <summary>Every how many planes one is read (not 0; negative reverses).</summary>
    public partial int PlaneStep { get; init; } = 1;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        var rows = SliceRange.Resolve(this, "Row", input.Height, RowStart, RowStop, RowStep);
        var columns = SliceRange.Resolve(this, "Column", input.Width, ColumnStart, ColumnStop, ColumnStep);
        var planes = SliceRange.Resolve(this, "Plane", input.Depth, PlaneStart, PlaneStop, PlaneStep);
        var output = input.Rank == 2 ? new Image<T>(rows.Count, columns.Count) : new Image<T>(rows.Count, columns.Count, planes.Count);
        for (int z = 0; z < planes.Count; z++)
        {
            var source = input.Plane(planes[z]);
            var target = output.WritablePlane(z);
            for (int row = 0; row < rows.Count; row++)
            {
                int offset = rows[row] * input.Width;
                for (int column = 0; column < columns.Count; column++)
                {
                    target[row * columns.Count + column] = source[offset + columns[column]];
                }
            }
        }

        return output;
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(Image<T> input)
    {
        var rows = SliceRange.Resolve(this, "Row", input.Height, RowStart, RowStop, RowStep);
        var columns = SliceRange.Resolve(this, "Column", input.Width, ColumnStart, ColumnStop, ColumnStep);
        return new AffineMapping(1.0 / rows.Step, 0, -(double)rows.First / rows.Step, 0, 1.0 / columns.Step, -(double)columns.First / columns.Step);
    }
}
