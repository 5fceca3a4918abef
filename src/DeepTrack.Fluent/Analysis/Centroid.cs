using System;
using System.Buffers;

namespace DeepTrack.Fluent.Analysis;

/// <summary>
/// Intensity-weighted centroid localisation in the spirit of Crocker and Grier
/// (J. C. Crocker and D. G. Grier, "Methods of digital video microscopy for colloidal studies",
/// J. Colloid Interface Sci. 179, 298–310 (1996)).
/// </summary>
/// <remarks>
/// <para>
/// Every pixel is weighted by its intensity minus a threshold, with negative differences clipped
/// to zero: <c>w = max(I − threshold, 0)</c>. The location is <c>Σ w·(column, row) / Σ w</c>.
/// NaN pixels carry no weight.
/// </para>
/// <para>
/// When no threshold is given, <see cref="DefaultThreshold"/> is used: the median of the image
/// plus three robust standard deviations, where the robust standard deviation is 1.4826 times
/// the median absolute deviation from the median. The median follows the background and the
/// margin keeps background noise from pulling the centroid toward the middle of the image.
/// </para>
/// </remarks>
public static class Centroid
{
    /// <summary>
    /// The most mask positions tried by the refining overload of <c>Locate</c> before it returns
    /// its latest estimate.
    /// </summary>
    public const int MaxIterations = 10;

    private const double MadToStandardDeviation = 1.4826;

    private const double NoiseMargin = 3.0;

    /// <summary>
    /// Computes the intensity-weighted centroid of a whole image.
    /// </summary>
    /// <param name="image">Pixel intensities in row-major order: the pixel at (row, column) is at
    /// index <c>row * width + column</c>.</param>
    /// <param name="height">The number of rows; at least 1.</param>
    /// <param name="width">The number of columns; at least 1.</param>
    /// <param name="threshold">The level subtracted from every pixel before weighting; when
    /// <see langword="null"/>, <see cref="DefaultThreshold"/> of the image.</param>
    /// <returns>
    /// The centroid, with <see cref="SubpixelLocation.X"/> the column and
    /// <see cref="SubpixelLocation.Y"/> the row, 0-based, integer values at pixel centres.
    /// Both coordinates are <see cref="double.NaN"/> when no pixel lies above the threshold.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="height"/> or
    /// <paramref name="width"/> is less than 1, or <paramref name="threshold"/> is not
    /// finite.</exception>
    /// <exception cref="ArgumentException">The length of <paramref name="image"/> is not
    /// <paramref name="height"/> × <paramref name="width"/>.</exception>
    public static SubpixelLocation Locate(ReadOnlySpan<double> image, int height, int width, double? threshold = null)
    {
        Validate(image, height, width, threshold);
        double level = threshold ?? DefaultThreshold(image);
        return WeightedCentroid(image, width, 0, height - 1, 0, width - 1, level, 0.0, 0.0, double.PositiveInfinity);
    }

    /// <summary>
    /// Refines a location by iterated centroiding within a circular mask, as Crocker and Grier do.
    /// </summary>
    /// <remarks>
    /// The mask holds the pixels whose centres lie within <paramref name="radius"/> of the pixel
    /// nearest the current estimate (ties rounded toward larger indices); pixels outside the image
    /// are ignored. The centroid within the mask becomes the new estimate. When the pixel nearest
    /// the new estimate differs from the mask centre, the mask is moved there and the centroid is
    /// recomputed, at most <see cref="MaxIterations"/> times in all.
    /// </remarks>
    /// <param name="image">Pixel intensities in row-major order: the pixel at (row, column) is at
    /// index <c>row * width + column</c>.</param>
    /// <param name="height">The number of rows; at least 1.</param>
    /// <param name="width">The number of columns; at least 1.</param>
    /// <param name="guess">The starting estimate (X = column, Y = row).</param>
    /// <param name="radius">The mask radius in pixels; positive and finite.</param>
    /// <param name="threshold">The level subtracted from every pixel before weighting; when
    /// <see langword="null"/>, <see cref="DefaultThreshold"/> of the whole image.</param>
    /// <returns>
    /// The refined centroid (X = column, Y = row, 0-based, integer values at pixel centres).
    /// Both coordinates are <see cref="double.NaN"/> when no pixel in the mask lies above the
    /// threshold.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="height"/> or
    /// <paramref name="width"/> is less than 1, <paramref name="radius"/> is not positive and
    /// finite, or <paramref name="threshold"/> is not finite.</exception>
    /// <exception cref="ArgumentException">The length of <paramref name="image"/> is not
    /// <paramref name="height"/> × <paramref name="width"/>, or a coordinate of
    /// <paramref name="guess"/> is not finite.</exception>
    public static SubpixelLocation Locate(
        ReadOnlySpan<double> image,
        int height,
        int width,
        SubpixelLocation guess,
        double radius,
        double? threshold = null)
    {
        Validate(image, height, width, threshold);
        if (!double.IsFinite(guess.X) || !double.IsFinite(guess.Y))
        {
            throw new ArgumentException($"The guess must have finite coordinates; it was {guess}.", nameof(guess));
        }

        if (!(radius > 0.0) || !double.IsFinite(radius))
        {
            throw new ArgumentOutOfRangeException(nameof(radius), radius, $"The mask radius must be positive and finite; it was {radius}.");
        }

        double level = threshold ?? DefaultThreshold(image);
        double centreX = NearestPixel(guess.X);
        double centreY = NearestPixel(guess.Y);
        SubpixelLocation estimate = guess;
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            int rowFirst = (int)Math.Max(0.0, Math.Ceiling(centreY - radius));
            int rowLast = (int)Math.Min(height - 1.0, Math.Floor(centreY + radius));
            int colFirst = (int)Math.Max(0.0, Math.Ceiling(centreX - radius));
            int colLast = (int)Math.Min(width - 1.0, Math.Floor(centreX + radius));
            estimate = WeightedCentroid(image, width, rowFirst, rowLast, colFirst, colLast, level, centreX, centreY, radius * radius);
            if (double.IsNaN(estimate.X))
            {
                return estimate;
            }

            double nextX = NearestPixel(estimate.X);
            double nextY = NearestPixel(estimate.Y);
            if (nextX == centreX && nextY == centreY)
            {
                break;
            }

            centreX = nextX;
            centreY = nextY;
        }

        return estimate;
    }

    /// <summary>
    /// The threshold used when none is given: the median of the pixels plus 3 × 1.4826 × the
    /// median absolute deviation from that median. The median of an even number of values is the
    /// mean of the two middle values.
    /// </summary>
    /// <param name="image">The pixel intensities, in any order; not empty, and finite for a
    /// meaningful result.</param>
    /// <returns>The default threshold.</returns>
    /// <exception cref="ArgumentException"><paramref name="image"/> is empty.</exception>
    public static double DefaultThreshold(ReadOnlySpan<double> image)
    {
        if (image.IsEmpty)
        {
            throw new ArgumentException("The image must hold at least one pixel; it was empty.", nameof(image));
        }

        int n = image.Length;
        double[] buffer = ArrayPool<double>.Shared.Rent(n);
        try
        {
            Span<double> values = buffer.AsSpan(0, n);
            image.CopyTo(values);
            values.Sort();
            double median = SortedMedian(values);
            for (int i = 0; i < n; i++)
            {
                values[i] = Math.Abs(values[i] - median);
            }

            values.Sort();
            double mad = SortedMedian(values);
            return median + NoiseMargin * MadToStandardDeviation * mad;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    private static void Validate(ReadOnlySpan<double> image, int height, int width, double? threshold)
    {
        if (height < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, $"The image height must be at least 1 pixel; it was {height}.");
        }

        if (width < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, $"The image width must be at least 1 pixel; it was {width}.");
        }

        if (image.Length != (long)height * width)
        {
            throw new ArgumentException(
                $"The image has {image.Length} pixels but height × width is {height} × {width} = {(long)height * width}.",
                nameof(image));
        }

        if (threshold is double t && !double.IsFinite(t))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), t, $"The threshold must be finite; it was {t}.");
        }
    }

    private static double NearestPixel(double coordinate) => Math.Floor(coordinate + 0.5);

    private static double SortedMedian(ReadOnlySpan<double> sorted)
    {
        int half = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[half] : 0.5 * (sorted[half - 1] + sorted[half]);
    }

    /// <summary>
    /// The centroid of <c>max(I − level, 0)</c> over the pixels of the given row and column
    /// ranges whose squared distance from (centreX, centreY) is at most
    /// <paramref name="radiusSquared"/>.
    /// </summary>
    private static SubpixelLocation WeightedCentroid(
        ReadOnlySpan<double> image,
        int width,
        int rowFirst,
        int rowLast,
        int colFirst,
        int colLast,
        double level,
        double centreX,
        double centreY,
        double radiusSquared)
    {
        double sum = 0.0;
        double sumX = 0.0;
        double sumY = 0.0;
        for (int r = rowFirst; r <= rowLast; r++)
        {
            double dy = r - centreY;
            int o = r * width;
            for (int c = colFirst; c <= colLast; c++)
            {
                double dx = c - centreX;
                if (dx * dx + dy * dy > radiusSquared)
                {
                    continue;
                }

                double w = image[o + c] - level;
                if (w > 0.0)
                {
                    sum += w;
                    sumX += w * c;
                    sumY += w * r;
                }
            }
        }

        return sum > 0.0
            ? new SubpixelLocation(sumX / sum, sumY / sum)
            : new SubpixelLocation(double.NaN, double.NaN);
    }
}
