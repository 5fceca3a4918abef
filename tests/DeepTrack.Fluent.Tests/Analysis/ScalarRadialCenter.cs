using System;
using System.Buffers;
using DeepTrack.Fluent.Analysis;

namespace DeepTrack.Fluent.Tests.Analysis;

/// <summary>
/// The scalar radial-center algorithm as <see cref="RadialCenter"/> computed it before it was vectorised (commit
/// 67ca626), the method bodies copied unchanged, so that <see cref="RadialCenterEquivalenceTests"/> can require the
/// same bits from the vectorised one.
/// </summary>
internal static class ScalarRadialCenter
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
        int count = rows * cols;
        double[] buffer = ArrayPool<double>.Shared.Rent(3 * count);
        try
        {
            Span<double> du = buffer.AsSpan(0, count);
            Span<double> dv = buffer.AsSpan(count, count);
            Span<double> scratch = buffer.AsSpan(2 * count, count);

            for (int r = 0; r < rows; r++)
            {
                ReadOnlySpan<double> top = image.Slice(r * width, width);
                ReadOnlySpan<double> bottom = image.Slice((r + 1) * width, width);
                int o = r * cols;
                for (int c = 0; c < cols; c++)
                {
                    du[o + c] = top[c + 1] - bottom[c];
                    dv[o + c] = top[c] - bottom[c + 1];
                }
            }

            BoxSmooth(du, scratch, rows, cols);
            BoxSmooth(dv, scratch, rows, cols);

            double xOrigin = (cols - 1) / 2.0;
            double yOrigin = (rows - 1) / 2.0;

            double sumG2 = 0.0;
            double sumG2X = 0.0;
            double sumG2Y = 0.0;
            for (int r = 0; r < rows; r++)
            {
                double ym = r - yOrigin;
                int o = r * cols;
                for (int c = 0; c < cols; c++)
                {
                    double fu = du[o + c];
                    double fv = dv[o + c];
                    double g2 = fu * fu + fv * fv;
                    sumG2 += g2;
                    sumG2X += g2 * (c - xOrigin);
                    sumG2Y += g2 * ym;
                }
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
                double ym = r - yOrigin;
                double dy = ym - yCentroid;
                int o = r * cols;
                for (int c = 0; c < cols; c++)
                {
                    double xm = c - xOrigin;
                    double fu = du[o + c];
                    double fv = dv[o + c];
                    double m = -(fv + fu) / (fu - fv);
                    if (double.IsNaN(m))
                    {
                        m = 0.0;
                    }
                    else if (double.IsInfinity(m))
                    {
                        m = InfiniteSlopeReplacement;
                    }

                    double b = ym - m * xm;
                    double dx = xm - xCentroid;
                    double distance = Math.Sqrt(dx * dx + dy * dy);
                    double w = distance > 0.0 ? (fu * fu + fv * fv) / distance : 0.0;

                    double wm2p1 = w / (m * m + 1.0);
                    double mwm2p1 = m * wm2p1;
                    sw += wm2p1;
                    smw += mwm2p1;
                    smmw += m * mwm2p1;
                    sbw += b * wm2p1;
                    smbw += b * mwm2p1;
                }
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
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Replaces <paramref name="values"/> by its 3×3 box average, treating values outside the
    /// grid as zero. Each 3-term sum adds the two outer terms first, so the result is exactly
    /// symmetric under mirroring the grid.
    /// </summary>
    private static void BoxSmooth(Span<double> values, Span<double> scratch, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            for (int c = 0; c < cols; c++)
            {
                double left = c > 0 ? values[o + c - 1] : 0.0;
                double right = c < cols - 1 ? values[o + c + 1] : 0.0;
                scratch[o + c] = (left + right) + values[o + c];
            }
        }

        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            for (int c = 0; c < cols; c++)
            {
                double up = r > 0 ? scratch[o - cols + c] : 0.0;
                double down = r < rows - 1 ? scratch[o + cols + c] : 0.0;
                values[o + c] = ((up + down) + scratch[o + c]) / 9.0;
            }
        }
    }
}
