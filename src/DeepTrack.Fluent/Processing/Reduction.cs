namespace DeepTrack.Fluent.Processing;

/// <summary>A statistic of all pixels computed by <see cref="Reduce{T}"/>.</summary>
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
}
