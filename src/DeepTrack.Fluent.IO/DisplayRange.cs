using System;
using System.Linq;
using System.Numerics;

namespace DeepTrack.Fluent.IO;

/// <summary>
/// The pixel values shown as black (<see cref="Minimum"/>) and white (<see cref="Maximum"/>) when an image is drawn
/// in 8 bits; values in between map linearly, values outside are shown as black or white, NaN as black.
/// </summary>
/// <param name="Minimum">The value drawn black.</param>
/// <param name="Maximum">The value drawn white (&gt; <see cref="Minimum"/>, or equal for a uniform image, drawn black).</param>
public readonly record struct DisplayRange(double Minimum, double Maximum)
{
    /// <summary>The smallest and largest finite pixel of the images (0 to 1 when none is finite).</summary>
    /// <typeparam name="T">The pixel type.</typeparam>
    /// <param name="images">The images.</param>
    /// <returns>The range.</returns>
    public static DisplayRange Of<T>(params ReadOnlySpan<Image<T>> images)
        where T : unmanaged, INumberBase<T>
    {
        double minimum = double.PositiveInfinity, maximum = double.NegativeInfinity;
        foreach (var image in images)
        {
            foreach (T pixel in image.AsReadOnlySpan())
            {
                double value = double.CreateChecked(pixel);
                if (double.IsFinite(value))
                {
                    minimum = Math.Min(minimum, value);
                    maximum = Math.Max(maximum, value);
                }
            }
        }

        return minimum <= maximum ? new(minimum, maximum) : new(0, 1);
    }

    /// <summary>The range between two percentiles of the finite pixels, e.g. 0.5 and 99.5 to ignore hot pixels.</summary>
    /// <typeparam name="T">The pixel type.</typeparam>
    /// <param name="image">The image.</param>
    /// <param name="low">The lower percentile (0–100).</param>
    /// <param name="high">The upper percentile (0–100, &gt; <paramref name="low"/>).</param>
    /// <returns>The range.</returns>
    public static DisplayRange Percentiles<T>(Image<T> image, double low, double high)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!(low >= 0 && low < high && high <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(low), $"Percentiles must satisfy 0 ≤ low < high ≤ 100; got {low} and {high}.");
        }

        double[] values = [.. image.AsReadOnlySpan().ToArray().Select(p => double.CreateChecked(p)).Where(double.IsFinite).Order()];
        if (values.Length == 0)
        {
            return new(0, 1);
        }

        double At(double percentile) => values[(int)Math.Round(percentile / 100 * (values.Length - 1))];
        return new(At(low), At(high));
    }

    /// <summary>The 8-bit gray level of a value.</summary>
    /// <param name="value">The pixel value.</param>
    /// <returns>0 (black) to 255 (white).</returns>
    public byte Gray(double value)
    {
        if (double.IsNaN(value) || !(Maximum > Minimum))
        {
            return 0;
        }

        double scaled = Math.Round((value - Minimum) / (Maximum - Minimum) * 255);
        return (byte)Math.Clamp(scaled, 0, 255);
    }
}
