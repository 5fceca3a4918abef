namespace DeepTrack.Fluent.Processing;

/// <summary>
/// The block of a pooling feature per axis: <c>Factor</c> for rows and columns unless <c>RowFactor</c> or
/// <c>ColumnFactor</c> is set, and <c>PlaneFactor</c> planes (1 keeps every plane).
/// </summary>
/// <param name="Rows">Block height.</param>
/// <param name="Columns">Block width.</param>
/// <param name="Planes">Planes per block.</param>
/// <param name="RowProperty">The property that set <paramref name="Rows"/> (named in errors).</param>
/// <param name="ColumnProperty">The property that set <paramref name="Columns"/>.</param>
internal readonly record struct PoolBlock(int Rows, int Columns, int Planes, string RowProperty, string ColumnProperty)
{
    /// <summary>The block from a pooling feature's properties.</summary>
    /// <param name="factor">The square block side.</param>
    /// <param name="rowFactor">The block height when it differs from <paramref name="factor"/>.</param>
    /// <param name="columnFactor">The block width when it differs from <paramref name="factor"/>.</param>
    /// <param name="planeFactor">Planes per block.</param>
    /// <returns>The block.</returns>
    public static PoolBlock Of(int factor, int? rowFactor, int? columnFactor, int planeFactor)
        => new(rowFactor ?? factor, columnFactor ?? factor, planeFactor, rowFactor is null ? "Factor" : "RowFactor", columnFactor is null ? "Factor" : "ColumnFactor");

    /// <summary>How the pooling maps positional ground truth: the centre of each block becomes its pixel.</summary>
    /// <returns>The mapping.</returns>
    public CoordinateMapping Mapping() => AffineMapping.Pool(Rows, Columns);
}
