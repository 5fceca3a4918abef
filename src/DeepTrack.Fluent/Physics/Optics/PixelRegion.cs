using System.Globalization;

namespace DeepTrack.Fluent.Physics;

/// <summary>A rectangle of camera pixels: the part of the sample plane that an optics feature outputs.</summary>
/// <param name="Top">The first row (may be negative).</param>
/// <param name="Left">The first column (may be negative).</param>
/// <param name="Height">Rows (≥ 1).</param>
/// <param name="Width">Columns (≥ 1).</param>
public readonly record struct PixelRegion(int Top, int Left, int Height, int Width)
{
    /// <summary>The region of rows 0..size−1 and columns 0..size−1.</summary>
    /// <param name="size">Rows and columns.</param>
    /// <returns>The region.</returns>
    public static PixelRegion Square(int size) => new(0, 0, size, size);

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"rows {Top}..{Top + Height - 1}, columns {Left}..{Left + Width - 1}");
}
