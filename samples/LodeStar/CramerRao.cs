using System;
using DeepTrack.Fluent;

namespace LodeStarSample;

/// <summary>
/// The Cramér–Rao lower bound on the variance of an unbiased estimate of an emitter's position (row, column) from one
/// image whose pixels are independent with expected values μᵢ(θ) and variances vᵢ: the Fisher information is
/// I = Σᵢ (∂μᵢ/∂θ)(∂μᵢ/∂θ)ᵀ / vᵢ — exact for Gaussian noise of fixed variance vᵢ = σ² and for Poisson counts (vᵢ = μᵢ) —
/// and the bound on each coordinate's variance is the diagonal of I⁻¹. The derivatives are central differences of the
/// expected image.
/// </summary>
public static class CramerRao
{
    /// <summary>The derivatives of the expected image with respect to the row and the column, by central differences.</summary>
    /// <param name="expected">The expected image (row-major) of an emitter at a position.</param>
    /// <param name="position">The position.</param>
    /// <param name="step">The difference step in pixels.</param>
    /// <returns>∂μ/∂row and ∂μ/∂column per pixel.</returns>
    public static (double[] Row, double[] Column) Derivatives(Func<PixelPosition, double[]> expected, PixelPosition position, double step = 0.01)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var up = expected(new PixelPosition(position.Row + step, position.Column));
        var down = expected(new PixelPosition(position.Row - step, position.Column));
        var right = expected(new PixelPosition(position.Row, position.Column + step));
        var left = expected(new PixelPosition(position.Row, position.Column - step));
        var row = new double[up.Length];
        var column = new double[up.Length];
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = (up[i] - down[i]) / (2 * step);
            column[i] = (right[i] - left[i]) / (2 * step);
        }

        return (row, column);
    }

    /// <summary>The bounds on the variances of the row and of the column from the Fisher information.</summary>
    /// <param name="row">∂μ/∂row per pixel.</param>
    /// <param name="column">∂μ/∂column per pixel.</param>
    /// <param name="variance">The noise variance of each pixel (μᵢ for Poisson counts, σ² for Gaussian noise).</param>
    /// <returns>The smallest variances of unbiased estimates of the row and of the column.</returns>
    public static (double Row, double Column) Bound(ReadOnlySpan<double> row, ReadOnlySpan<double> column, Func<int, double> variance)
    {
        ArgumentNullException.ThrowIfNull(variance);
        if (row.Length != column.Length)
        {
            throw new ArgumentException($"The derivatives have {row.Length} and {column.Length} pixels; they must match.", nameof(column));
        }

        double rr = 0, rc = 0, cc = 0;
        for (int i = 0; i < row.Length; i++)
        {
            double v = variance(i);
            if (!(v > 0))
            {
                throw new ArgumentOutOfRangeException(nameof(variance), v, $"Pixel {i} has noise variance {v}; the bound needs every variance > 0.");
            }

            rr += row[i] * row[i] / v;
            rc += row[i] * column[i] / v;
            cc += column[i] * column[i] / v;
        }

        double determinant = (rr * cc) - (rc * rc);
        return (cc / determinant, rr / determinant);
    }

    /// <summary>The bound for Poisson counts of expected value μᵢ = s·shapeᵢ + background, the emitter's image scaled by s.</summary>
    /// <param name="shape">The noise-free image of the emitter of unit intensity (no background).</param>
    /// <param name="row">∂shape/∂row.</param>
    /// <param name="column">∂shape/∂column.</param>
    /// <param name="intensity">The emitter's intensity s.</param>
    /// <param name="background">Expected background counts per pixel (&gt; 0).</param>
    /// <returns>The variance bounds of the row and the column, in pixels².</returns>
    public static (double Row, double Column) Poisson(double[] shape, double[] row, double[] column, double intensity, double background)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(column);
        var (r, c) = Bound(row, column, i => (intensity * shape[i]) + background);
        return (r / (intensity * intensity), c / (intensity * intensity));
    }
}
