namespace DeepTrack.Fluent.Processing;

/// <summary>A statistic of a set of pixels: all of an image (<see cref="Reduce{T}"/>), along an axis (<see cref="ReduceAxis{T}"/>) or across images (<see cref="ReduceImages{T}"/>).</summary>
public enum Reduction
{
    /// <summary>The sum.</summary>
    Sum,

    /// <summary>The product.</summary>
    Product,

    /// <summary>The mean.</summary>
    Mean,

    /// <summary>The median (the mean of the two middle values for an even count).</summary>
    Median,

    /// <summary>The population variance (divisor n, numpy's default).</summary>
    Variance,

    /// <summary>The population standard deviation (divisor n).</summary>
    StandardDeviation,

    /// <summary>The smallest pixel.</summary>
    Minimum,

    /// <summary>The largest pixel.</summary>
    Maximum,

    /// <summary>The largest minus the smallest pixel.</summary>
    PeakToPeak,

    /// <summary>The quantile at the feature's <c>Probability</c>, interpolated linearly (numpy's default; a percentile p is the quantile p/100).</summary>
    Quantile,
}
