namespace DeepTrack.Fluent;

/// <summary>
/// An affine map of positions: row' = A·row + B·column + C, column' = D·row + E·column + F.
/// Covers flips, transposes, crops, padding, pooling and upscaling.
/// </summary>
/// <param name="A">Row from row.</param>
/// <param name="B">Row from column.</param>
/// <param name="C">Row offset.</param>
/// <param name="D">Column from row.</param>
/// <param name="E">Column from column.</param>
/// <param name="F">Column offset.</param>
public sealed record AffineMapping(double A, double B, double C, double D, double E, double F)
{
    /// <summary>Mirror left-right in an image <paramref name="width"/> pixels wide.</summary>
    /// <param name="width">The width.</param>
    /// <returns>The mapping.</returns>
    public static AffineMapping FlipColumns(int width) => new(1, 0, 0, 0, -1, width - 1);

    /// <summary>Mirror up-down in an image <paramref name="height"/> pixels high.</summary>
    /// <param name="height">The height.</param>
    /// <returns>The mapping.</returns>
    public static AffineMapping FlipRows(int height) => new(-1, 0, height - 1, 0, 1, 0);

    /// <summary>Swap rows and columns.</summary>
    /// <returns>The mapping.</returns>
    public static AffineMapping Transpose() => new(0, 1, 0, 1, 0, 0);

    /// <summary>Move by (rows, columns); a crop starting at (r0, c0) is <c>Translate(-r0, -c0)</c>.</summary>
    /// <param name="rows">Rows added.</param>
    /// <param name="columns">Columns added.</param>
    /// <returns>The mapping.</returns>
    public static AffineMapping Translate(double rows, double columns) => new(1, 0, rows, 0, 1, columns);

    /// <summary>
    /// Pooling by blocks of <paramref name="rowFactor"/> × <paramref name="columnFactor"/> pixels: the centre of
    /// each block becomes the centre of its output pixel, x' = (x − (f − 1)/2) / f.
    /// </summary>
    /// <param name="rowFactor">Block height.</param>
    /// <param name="columnFactor">Block width.</param>
    /// <returns>The mapping.</returns>
    public static AffineMapping Pool(int rowFactor, int columnFactor)
        => new(1.0 / rowFactor, 0, -(rowFactor - 1) / (2.0 * rowFactor), 0, 1.0 / columnFactor, -(columnFactor - 1) / (2.0 * columnFactor));

    /// <summary>As a <see cref="CoordinateMapping"/>.</summary>
    /// <returns>The mapping.</returns>
    public CoordinateMapping ToMapping() => new Affine(this);

    /// <summary>Converts to a <see cref="CoordinateMapping"/>.</summary>
    /// <param name="affine">The affine map.</param>
    public static implicit operator CoordinateMapping(AffineMapping affine) => affine.ToMapping();

    /// <summary>Maps one position.</summary>
    /// <param name="p">The position.</param>
    /// <returns>The mapped position.</returns>
    public PixelPosition Map(PixelPosition p) => new(A * p.Row + B * p.Column + C, D * p.Row + E * p.Column + F);

    private sealed class Affine(AffineMapping map) : CoordinateMapping
    {
        private readonly AffineMapping affine = map;

        public override PixelPosition Map(PixelPosition position) => affine.Map(position);

        public override CoordinateMapping Then(CoordinateMapping next)
            => next is Affine other
                ? new Affine(new AffineMapping(
                    other.affine.A * affine.A + other.affine.B * affine.D,
                    other.affine.A * affine.B + other.affine.B * affine.E,
                    other.affine.A * affine.C + other.affine.B * affine.F + other.affine.C,
                    other.affine.D * affine.A + other.affine.E * affine.D,
                    other.affine.D * affine.B + other.affine.E * affine.E,
                    other.affine.D * affine.C + other.affine.E * affine.F + other.affine.F))
                : base.Then(next);
    }
}
