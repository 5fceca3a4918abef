using System.Globalization;

namespace DeepTrack.Fluent;

/// <summary>
/// A lateral position in pixels of the output image: <see cref="Row"/> first, then <see cref="Column"/>,
/// 0-based, with integer values at pixel centres. Ground truth maps it through flips, crops and pooling.
/// </summary>
/// <param name="Row">The row (vertical, downwards).</param>
/// <param name="Column">The column (horizontal, rightwards).</param>
public readonly record struct PixelPosition(double Row, double Column) : IPositional<PixelPosition>
{
    /// <inheritdoc />
    public PixelPosition Map(CoordinateMapping mapping) => mapping.Map(this);

    /// <summary>The position moved by (dr, dc).</summary>
    /// <param name="rows">Rows to add.</param>
    /// <param name="columns">Columns to add.</param>
    /// <returns>The moved position.</returns>
    public PixelPosition Offset(double rows, double columns) => new(Row + rows, Column + columns);

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"({Row:G6}, {Column:G6})");
}
