using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace DeepTrack.Fluent.Analysis;

/// <summary>
/// Locates the centre of a radially symmetric intensity distribution with Parthasarathy's
/// radial-symmetry method (R. Parthasarathy, "Rapid, accurate particle tracking by calculation
/// of radial symmetry centers", Nature Methods 9, 724–726 (2012)).
/// </summary>
/// <remarks>
/// <para>
/// The intensity gradient is estimated at the midpoint of every 2×2 cell of pixels from the
/// differences along the cell's two diagonals, and both diagonal derivatives are smoothed with a
/// 3×3 box filter (zero outside the grid of midpoints). Each smoothed gradient defines a line
/// through its midpoint. The centre is the point minimising the weighted sum of squared
/// perpendicular distances to these lines, with weight |∇I|² divided by the midpoint's distance
/// to the |∇I|²-weighted centroid of the midpoints. The minimisation is solved in closed form.
/// </para>
/// <para>
/// Slopes follow the reference implementation (DeepTrack 2.0 <c>radialcenter</c>, after
/// Parthasarathy's MATLAB code): a slope that evaluates to 0/0 is set to 0 and an infinite slope
/// (of either sign) is set to 10⁶. A midpoint lying exactly on the weighted centroid, where the
/// reference would divide by a zero distance, is given weight 0.
/// </para>
/// </remarks>
public static class RadialCenter
{
    private const double InfiniteSlopeReplacement = 1_000_000.0;

    /// <summary>
    /// Locates the radial-symmetry centre of an image.
    /// </summary>
    /// <param name="image">Pixel intensities in row-major order: the pixel at (row, column) is at
    /// index <c>row * width + column</c>.</param>
    /// <param name="height">The number of rows; at least 3.</param>
    /// <param name="width">The number of columns; at least 3.</param>
    /// <returns>
    /// The centre, with <see cref="SubpixelLocation.X"/> the column and
    /// <see cref="SubpixelLocation.Y"/> the row, 0-based, integer values at pixel centres.
    /// Both coordinates are <see cref="double.NaN"/> when the centre is undefined: when the image
    /// has no intensity gradient, when the lines are all parallel, or when a pixel is not finite.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="height"/> or
    /// <paramref name="width"/> is less than 3.</exception>
    /// <exception cref="ArgumentException">The length of <paramref name="image"/> is not
    /// <paramref name="height"/> × <paramref name="width"/>.</exception>
    public static SubpixelLocation Locate(ReadOnlySpan<double> image, int height, int width)
    {
        if (height < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, $"The image height must be at least 3 pixels; it was {height}.");
        }

        if (width < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, $"The image width must be at least 3 pixels; it was {width}.");
        }

        if (image.Length != (long)height * width)
        {
            throw new ArgumentException(
                $"The image has {image.Length} pixels but height × width is {height} × {width} = {(long)height * width}.",
                nameof(image));
        }

        int rows = height - 1;
        int cols = width - 1;
        double[] buffer = ArrayPool<double>.Shared.Rent(7 * rows * cols + 11 * cols);
        try
        {
            return Locate(image, height, width, buffer);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The algorithm, in a method without exception handling so that the running sums stay in registers.
    /// </summary>
    private static SubpixelLocation Locate(ReadOnlySpan<double> image, int height, int width, double[] buffer)
    {
        int rows = height - 1;
        int cols = width - 1;
        int count = rows * cols;
        Span<double> du = buffer.AsSpan(0, count);
        Span<double> dv = buffer.AsSpan(count, count);
        Span<double> hu = buffer.AsSpan(2 * count, count);
        Span<double> hv = buffer.AsSpan(3 * count, count);
        Span<double> g2 = buffer.AsSpan(4 * count, count);
        Span<double> slopes = buffer.AsSpan(5 * count, count);
        Span<double> intercepts = buffer.AsSpan(6 * count, count);
        Span<double> xs = buffer.AsSpan(7 * count, cols);
        Span<double> terms = buffer.AsSpan(7 * count + cols, 10 * cols);

        for (int r = 0; r < rows; r++)
        {
            var line = image.Slice(r * width, 2 * width);
            Gradients(line.Slice(0, width), line.Slice(width), du.Slice(r * cols, cols), dv.Slice(r * cols, cols));
            HorizontalSums(du.Slice(r * cols, cols), hu.Slice(r * cols, cols));
            HorizontalSums(dv.Slice(r * cols, cols), hv.Slice(r * cols, cols));
        }

        double xOrigin = (cols - 1) / 2.0;
        double yOrigin = (rows - 1) / 2.0;
        for (int c = 0; c < cols; c++)
        {
            xs[c] = c - xOrigin;
        }

        // Each pass computes the terms of row r + 1 a vector at a time while it adds those of row r in the
        // reference's order (row by row, column by column), so the sums, and the result, are bit for bit those
        // of the scalar algorithm, and the divisions of one row overlap the additions of the previous one.
        double sumG2 = 0.0;
        double sumG2X = 0.0;
        double sumG2Y = 0.0;
        LineTerms(du, dv, hu, hv, rows, cols, 0, xs, yOrigin, g2, slopes, intercepts, terms.Slice(0, 2 * cols));
        for (int r = 0; r < rows; r++)
        {
            if (r + 1 < rows)
            {
                LineTerms(du, dv, hu, hv, rows, cols, r + 1, xs, yOrigin, g2, slopes, intercepts, terms.Slice((r + 1) % 2 * 5 * cols, 2 * cols));
            }

            Add(g2.Slice(r * cols, cols), terms.Slice(r % 2 * 5 * cols, 2 * cols), ref sumG2, ref sumG2X, ref sumG2Y);
        }

        if (!(sumG2 > 0.0))
        {
            return new SubpixelLocation(double.NaN, double.NaN);
        }

        double xCentroid = sumG2X / sumG2;
        double yCentroid = sumG2Y / sumG2;

        double sw = 0.0;
        double smw = 0.0;
        double smmw = 0.0;
        double sbw = 0.0;
        double smbw = 0.0;
        WeightedTerms(g2.Slice(0, cols), slopes.Slice(0, cols), intercepts.Slice(0, cols), xs, xCentroid, 0 - yOrigin - yCentroid, terms.Slice(0, 5 * cols));
        for (int r = 0; r < rows; r++)
        {
            int o = (r + 1) * cols;
            if (r + 1 < rows)
            {
                WeightedTerms(g2.Slice(o, cols), slopes.Slice(o, cols), intercepts.Slice(o, cols), xs, xCentroid, r + 1 - yOrigin - yCentroid, terms.Slice((r + 1) % 2 * 5 * cols, 5 * cols));
            }

            Add(terms.Slice(r % 2 * 5 * cols, 5 * cols), ref sw, ref smw, ref smmw, ref sbw, ref smbw);
        }

        double det = smw * smw - smmw * sw;
        if (det == 0.0)
        {
            return new SubpixelLocation(double.NaN, double.NaN);
        }

        double xc = (smbw * sw - smw * sbw) / det;
        double yc = (smbw * smw - smmw * sbw) / det;
        return new SubpixelLocation(xc + (width - 1) / 2.0, yc + (height - 1) / 2.0);
    }

    /// <summary>
    /// Adds a row of terms to three running sums in column order: <paramref name="g2"/> to the first, the first and
    /// second rows of <paramref name="terms"/> to the others. (The sums are kept in locals here: a loop in a method
    /// that also calls others would keep them in memory, as no vector register survives a call.)
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Add(ReadOnlySpan<double> g2, ReadOnlySpan<double> terms, ref double s0, ref double s1, ref double s2)
    {
        double a = s0, b = s1, c = s2;
        var t1 = terms.Slice(0, g2.Length);
        var t2 = terms.Slice(g2.Length, g2.Length);
        for (int i = 0; i < g2.Length; i++)
        {
            a += g2[i];
            b += t1[i];
            c += t2[i];
        }

        (s0, s1, s2) = (a, b, c);
    }

    /// <summary>Adds the five rows of <paramref name="terms"/> to five running sums in column order.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Add(ReadOnlySpan<double> terms, ref double s0, ref double s1, ref double s2, ref double s3, ref double s4)
    {
        int cols = terms.Length / 5;
        double a = s0, b = s1, c = s2, d = s3, e = s4;
        var t0 = terms.Slice(0, cols);
        var t1 = terms.Slice(cols, cols);
        var t2 = terms.Slice(2 * cols, cols);
        var t3 = terms.Slice(3 * cols, cols);
        var t4 = terms.Slice(4 * cols, cols);
        for (int i = 0; i < t0.Length; i++)
        {
            a += t0[i];
            b += t1[i];
            c += t2[i];
            d += t3[i];
            e += t4[i];
        }

        (s0, s1, s2, s3, s4) = (a, b, c, d, e);
    }

    /// <summary>The slope of the line through a midpoint, with the reference's replacements for 0/0 and ±∞.</summary>
    private static double Slope(double fu, double fv)
    {
        double m = -(fv + fu) / (fu - fv);
        if (double.IsNaN(m))
        {
            return 0.0;
        }

        return double.IsInfinity(m) ? InfiniteSlopeReplacement : m;
    }

    /// <summary>The diagonal differences of the 2×2 cells between two image rows.</summary>
    private static void Gradients(ReadOnlySpan<double> top, ReadOnlySpan<double> bottom, Span<double> du, Span<double> dv)
    {
        int c = 0;
        for (; c <= du.Length - Vector<double>.Count; c += Vector<double>.Count)
        {
            (new Vector<double>(top.Slice(c + 1)) - new Vector<double>(bottom.Slice(c))).CopyTo(du.Slice(c));
            (new Vector<double>(top.Slice(c)) - new Vector<double>(bottom.Slice(c + 1))).CopyTo(dv.Slice(c));
        }

        for (; c < du.Length; c++)
        {
            du[c] = top[c + 1] - bottom[c];
            dv[c] = top[c] - bottom[c + 1];
        }
    }

    /// <summary>
    /// For row <paramref name="r"/> of midpoints: completes the 3×3 box smoothing of both diagonal derivatives (the
    /// vertical sums of their horizontal sums, over 9), stores |∇I|², the slope and the intercept of each line, and
    /// writes the other terms of the centroid's sums, |∇I|²·x and |∇I|²·y, to the two rows of <paramref name="terms"/>.
    /// </summary>
    private static void LineTerms(
        Span<double> du, Span<double> dv, ReadOnlySpan<double> hu, ReadOnlySpan<double> hv, int rows, int cols, int r,
        ReadOnlySpan<double> xs, double yOrigin, Span<double> g2, Span<double> slopes, Span<double> intercepts, Span<double> terms)
    {
        int o = r * cols;
        var fus = du.Slice(o, cols);
        var fvs = dv.Slice(o, cols);
        VerticalMean(hu, rows, cols, r, fus);
        VerticalMean(hv, rows, cols, r, fvs);
        var gs = g2.Slice(o, cols);
        var ms = slopes.Slice(o, cols);
        var bs = intercepts.Slice(o, cols);
        var gx = terms.Slice(0, cols);
        var gy = terms.Slice(cols, cols);
        double ym = r - yOrigin;
        var y = new Vector<double>(ym);
        int c = 0;
        for (; c <= cols - Vector<double>.Count; c += Vector<double>.Count)
        {
            var fu = new Vector<double>(fus.Slice(c));
            var fv = new Vector<double>(fvs.Slice(c));
            var x = new Vector<double>(xs.Slice(c));
            var g = fu * fu + fv * fv;
            var m = -(fv + fu) / (fu - fv);
            m = Vector.ConditionalSelect(Vector.Equals(Vector.Abs(m), new Vector<double>(double.PositiveInfinity)), new Vector<double>(InfiniteSlopeReplacement), m);
            m = Vector.ConditionalSelect(Vector.Equals(m, m), m, Vector<double>.Zero);
            g.CopyTo(gs.Slice(c));
            m.CopyTo(ms.Slice(c));
            (y - m * x).CopyTo(bs.Slice(c));
            (g * x).CopyTo(gx.Slice(c));
            (g * y).CopyTo(gy.Slice(c));
        }

        for (; c < cols; c++)
        {
            double fu = fus[c];
            double fv = fvs[c];
            double g = fu * fu + fv * fv;
            double m = Slope(fu, fv);
            gs[c] = g;
            ms[c] = m;
            bs[c] = ym - m * xs[c];
            gx[c] = g * xs[c];
            gy[c] = g * ym;
        }
    }

    /// <summary>
    /// For one row of midpoints: writes the terms of the five weighted sums of the least-squares problem
    /// (w', m·w', m²·w', b·w', m·b·w' with w' = w / (m² + 1)) to the five rows of <paramref name="terms"/>.
    /// </summary>
    private static void WeightedTerms(
        ReadOnlySpan<double> g2, ReadOnlySpan<double> slopes, ReadOnlySpan<double> intercepts, ReadOnlySpan<double> xs,
        double xCentroid, double dy, Span<double> terms)
    {
        int cols = g2.Length;
        var t0 = terms.Slice(0, cols);
        var t1 = terms.Slice(cols, cols);
        var t2 = terms.Slice(2 * cols, cols);
        var t3 = terms.Slice(3 * cols, cols);
        var t4 = terms.Slice(4 * cols, cols);
        var centroid = new Vector<double>(xCentroid);
        var dy2 = new Vector<double>(dy * dy);
        int c = 0;
        for (; c <= cols - Vector<double>.Count; c += Vector<double>.Count)
        {
            var m = new Vector<double>(slopes.Slice(c));
            var b = new Vector<double>(intercepts.Slice(c));
            var dx = new Vector<double>(xs.Slice(c)) - centroid;
            var distance = Vector.SquareRoot(dx * dx + dy2);
            var w = Vector.ConditionalSelect(Vector.GreaterThan(distance, Vector<double>.Zero), new Vector<double>(g2.Slice(c)) / distance, Vector<double>.Zero);
            var wm2p1 = w / (m * m + Vector<double>.One);
            var mwm2p1 = m * wm2p1;
            wm2p1.CopyTo(t0.Slice(c));
            mwm2p1.CopyTo(t1.Slice(c));
            (m * mwm2p1).CopyTo(t2.Slice(c));
            (b * wm2p1).CopyTo(t3.Slice(c));
            (b * mwm2p1).CopyTo(t4.Slice(c));
        }

        for (; c < cols; c++)
        {
            double m = slopes[c];
            double b = intercepts[c];
            double dx = xs[c] - xCentroid;
            double distance = Math.Sqrt(dx * dx + dy * dy);
            double w = distance > 0.0 ? g2[c] / distance : 0.0;
            double wm2p1 = w / (m * m + 1.0);
            double mwm2p1 = m * wm2p1;
            t0[c] = wm2p1;
            t1[c] = mwm2p1;
            t2[c] = m * mwm2p1;
            t3[c] = b * wm2p1;
            t4[c] = b * mwm2p1;
        }
    }

    /// <summary>
    /// The first half of the 3×3 box average (zero outside the grid): the sum of each value and its left and right
    /// neighbours, the two outer terms added first, so that the result is exactly symmetric under mirroring the grid.
    /// </summary>
    private static void HorizontalSums(ReadOnlySpan<double> line, Span<double> sums)
    {
        int cols = line.Length;
        int n = Vector<double>.Count;
        sums[0] = (0.0 + (cols > 1 ? line[1] : 0.0)) + line[0];
        int c = 1;
        for (; c <= cols - 1 - n; c += n)
        {
            (new Vector<double>(line.Slice(c - 1)) + new Vector<double>(line.Slice(c + 1)) + new Vector<double>(line.Slice(c))).CopyTo(sums.Slice(c));
        }

        for (; c < cols; c++)
        {
            double right = c < cols - 1 ? line[c + 1] : 0.0;
            sums[c] = (line[c - 1] + right) + line[c];
        }
    }

    /// <summary>The second half of the 3×3 box average for row <paramref name="r"/>: the vertical sums of the horizontal sums, over 9.</summary>
    private static void VerticalMean(ReadOnlySpan<double> sums, int rows, int cols, int r, Span<double> mean)
    {
        var centre = sums.Slice(r * cols, cols);
        ReadOnlySpan<double> up = r > 0 ? sums.Slice((r - 1) * cols, cols) : default;
        ReadOnlySpan<double> down = r < rows - 1 ? sums.Slice((r + 1) * cols, cols) : default;
        var ninth = new Vector<double>(9.0);
        int c = 0;
        for (; c <= cols - Vector<double>.Count; c += Vector<double>.Count)
        {
            var above = up.IsEmpty ? Vector<double>.Zero : new Vector<double>(up.Slice(c));
            var below = down.IsEmpty ? Vector<double>.Zero : new Vector<double>(down.Slice(c));
            ((above + below + new Vector<double>(centre.Slice(c))) / ninth).CopyTo(mean.Slice(c));
        }

        for (; c < cols; c++)
        {
            double above = up.IsEmpty ? 0.0 : up[c];
            double below = down.IsEmpty ? 0.0 : down[c];
            mean[c] = ((above + below) + centre[c]) / 9.0;
        }
    }
}
