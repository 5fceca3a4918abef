using System;
using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>Medians and quantiles of pixel values (numpy's default "linear" rule).</summary>
internal static class OrderStatistics
{
    /// <summary>
    /// The <paramref name="probability"/>-quantile of <paramref name="values"/>, sorting them in place:
    /// the sorted values interpolated linearly at position (n − 1)·probability.
    /// </summary>
    /// <typeparam name="T">Value type.</typeparam>
    /// <param name="values">The values (reordered).</param>
    /// <param name="probability">In [0, 1].</param>
    /// <returns>The quantile.</returns>
    public static T Quantile<T>(Span<T> values, double probability)
        where T : INumber<T>
    {
        values.Sort();
        double position = (values.Length - 1) * probability;
        int lower = (int)Math.Floor(position);
        if (lower >= values.Length - 1)
        {
            return values[^1];
        }

        T fraction = T.CreateChecked(position - lower);
        return fraction == T.Zero ? values[lower] : values[lower] + fraction * (values[lower + 1] - values[lower]);
    }

    /// <summary>The median of <paramref name="values"/> (the mean of the two middle values for an even count), sorting them in place.</summary>
    /// <typeparam name="T">Value type.</typeparam>
    /// <param name="values">The values (reordered).</param>
    /// <returns>The median.</returns>
    public static T Median<T>(Span<T> values)
        where T : INumber<T>
    {
        values.Sort();
        int middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / T.CreateChecked(2);
    }
}
