using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace DeepTrack.Fluent.Processing;

/// <summary>Reduces an image (all planes) to one number, e.g. <c>image &gt;&gt; new Reduce&lt;double&gt;().WithFunction(Reduction.Mean)</c>.</summary>
/// <typeparam name="T">Floating-point pixel type.</typeparam>
[Feature]
public sealed partial record Reduce<T> : Feature<Image<T>, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The statistic.</summary>
    public partial Reduction Function { get; init; } = Reduction.Mean;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override T Compute(Image<T> input, FeatureContext context)
    {
        ReadOnlySpan<T> x = input.AsReadOnlySpan();
        T count = T.CreateChecked(x.Length);
        return Function switch
        {
            Reduction.Sum => TensorPrimitives.Sum(x),
            Reduction.Product => TensorPrimitives.Product(x),
            Reduction.Mean => TensorPrimitives.Sum(x) / count,
            Reduction.Median => OrderStatistics.Median<T>(x.ToArray()),
            Reduction.Variance => Variance(x, count),
            Reduction.StandardDeviation => T.Sqrt(Variance(x, count)),
            Reduction.Minimum => TensorPrimitives.Min(x),
            Reduction.Maximum => TensorPrimitives.Max(x),
            _ => TensorPrimitives.Max(x) - TensorPrimitives.Min(x),
        };
    }

    private static T Variance(ReadOnlySpan<T> x, T count)
    {
        var deviations = new T[x.Length];
        TensorPrimitives.Subtract(x, TensorPrimitives.Sum(x) / count, deviations);
        return TensorPrimitives.SumOfSquares<T>(deviations) / count;
    }
}
