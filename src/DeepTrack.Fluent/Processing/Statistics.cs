using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace DeepTrack.Fluent.Processing;

/// <summary>The statistics of <see cref="Reduction"/>, computed once for whole images, axes and lists of images.</summary>
internal static class Statistics
{
    /// <summary>The statistic of <paramref name="values"/> (reordered by the order statistics).</summary>
    /// <typeparam name="T">Floating-point type.</typeparam>
    /// <param name="values">At least one value.</param>
    /// <param name="function">The statistic.</param>
    /// <param name="probability">The probability of <see cref="Reduction.Quantile"/>.</param>
    /// <returns>The statistic.</returns>
    public static T Of<T>(Span<T> values, Reduction function, double probability)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> x = values;
        T count = T.CreateChecked(x.Length);
        return function switch
        {
            Reduction.Sum => TensorPrimitives.Sum(x),
            Reduction.Product => TensorPrimitives.Product(x),
            Reduction.Mean => TensorPrimitives.Sum(x) / count,
            Reduction.Median => OrderStatistics.Median(values),
            Reduction.Variance => Variance(x, count),
            Reduction.StandardDeviation => T.Sqrt(Variance(x, count)),
            Reduction.Minimum => TensorPrimitives.Min(x),
            Reduction.Maximum => TensorPrimitives.Max(x),
            Reduction.PeakToPeak => TensorPrimitives.Max(x) - TensorPrimitives.Min(x),
            _ => OrderStatistics.Quantile(values, probability),
        };
    }

    private static T Variance<T>(ReadOnlySpan<T> x, T count)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var deviations = new T[x.Length];
        TensorPrimitives.Subtract(x, TensorPrimitives.Sum(x) / count, deviations);
        return TensorPrimitives.SumOfSquares<T>(deviations) / count;
    }
}
