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
        double[] buffer = ArrayPool<double>.Shared.Rent(7 * rows * cols + cols);
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

        // The terms of each row are computed a vector at a time and added to the running sums lane by lane, in the
        // reference's order (row by row, column by column), so the sums, and the result, are bit for bit those of the
        // scalar algorithm, while the divisions of the next vectors overlap the dependent additions.
        double sumG2 = 0.0;
        double sumG2X = 0.0;
        double sumG2Y = 0.0;
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            VerticalMean(hu, rows, cols, r, du.Slice(o, cols));
            VerticalMean(hv, rows, cols, r, dv.Slice(o, cols));
            LineTerms(du.Slice(o, cols), dv.Slice(o, cols), xs, r - yOrigin, g2.Slice(o, cols), slopes.Slice(o, cols), intercepts.Slice(o, cols), ref sumG2, ref sumG2X, ref sumG2Y);
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
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            WeightedTerms(g2.Slice(o, cols), slopes.Slice(o, cols), intercepts.Slice(o, cols), xs, xCentroid, r - yOrigin - yCentroid, ref sw, ref smw, ref smmw, ref sbw, ref smbw);
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
    /// For one row of midpoints, from its smoothed derivatives: stores |∇I|², the slope and the intercept of each line,
    /// and adds |∇I|², |∇I|²·x and |∇I|²·y to the three sums of the centroid, column by column. (The sums are kept in
    /// locals of a method that calls nothing: no vector register survives a call, so a loop in a method that calls
    /// others would keep them in memory.)
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LineTerms(
        ReadOnlySpan<double> fus, ReadOnlySpan<double> fvs, ReadOnlySpan<double> xs, double ym, Span<double> gs, Span<double> ms, Span<double> bs,
        ref double sumG2, ref double sumG2X, ref double sumG2Y)
    {
        int cols = fus.Length;
        double s0 = sumG2, s1 = sumG2X, s2 = sumG2Y;
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
            var gx = g * x;
            var gy = g * y;
            for (int lane = 0; lane < Vector<double>.Count; lane++)
            {
                s0 += g[lane];
                s1 += gx[lane];
                s2 += gy[lane];
            }
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
            s0 += g;
            s1 += g * xs[c];
            s2 += g * ym;
        }

        (sumG2, sumG2X, sumG2Y) = (s0, s1, s2);
    }

    /// <summary>
    /// For one row of midpoints: adds the terms of the five weighted sums of the least-squares problem (w', m·w', m²·w',
    /// b·w', m·b·w' with w' = w / (m² + 1)) to those sums, column by column.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WeightedTerms(
        ReadOnlySpan<double> g2, ReadOnlySpan<double> slopes, ReadOnlySpan<double> intercepts, ReadOnlySpan<double> xs,
        double xCentroid, double dy, ref double sw, ref double smw, ref double smmw, ref double sbw, ref double smbw)
    {
        int cols = g2.Length;
        double s0 = sw, s1 = smw, s2 = smmw, s3 = sbw, s4 = smbw;
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
            var mmw = m * mwm2p1;
            var bw = b * wm2p1;
            var mbw = b * mwm2p1;
            for (int lane = 0; lane < Vector<double>.Count; lane++)
            {
                s0 += wm2p1[lane];
                s1 += mwm2p1[lane];
                s2 += mmw[lane];
                s3 += bw[lane];
                s4 += mbw[lane];
            }
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
            s0 += wm2p1;
            s1 += mwm2p1;
            s2 += m * mwm2p1;
            s3 += b * wm2p1;
            s4 += b * mwm2p1;
        }

        (sw, smw, smmw, sbw, smbw) = (s0, s1, s2, s3, s4);
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
