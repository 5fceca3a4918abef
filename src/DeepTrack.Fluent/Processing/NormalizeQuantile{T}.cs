using System.Numerics;
using System.Numerics.Tensors;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Robust standardisation: (x − median) / (q_high − q_low), with the <see cref="LowQuantile"/> and
/// <see cref="HighQuantile"/> of all pixels (linear interpolation between order statistics, numpy's default).
/// </summary>
/// <remarks>When the two quantiles coincide (e.g. a mostly constant image) the image is only centred: x − median.</remarks>
/// <typeparam name="T">Floating-point pixel type.</typeparam>
[Feature]
public sealed partial record NormalizeQuantile<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The lower quantile, in [0, 1).</summary>
    [InRange(0, 1)]
    public partial double LowQuantile { get; init; } = 0.25;

    /// <summary>The upper quantile, in (<see cref="LowQuantile"/>, 1].</summary>
    [InRange(0, 1)]
    public partial double HighQuantile { get; init; } = 0.75;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(HighQuantile > LowQuantile, HighQuantile, $"must be > LowQuantile ({LowQuantile})");
        var sorted = input.AsReadOnlySpan().ToArray();
        T median = OrderStatistics.Quantile<T>(sorted, 0.5);
        T spread = OrderStatistics.Quantile<T>(sorted, HighQuantile) - OrderStatistics.Quantile<T>(sorted, LowQuantile);
        var output = input.CreateLike();
        var target = output.AsWritableSpan();
        TensorPrimitives.Subtract(input.AsReadOnlySpan(), median, target);
        if (spread != T.Zero)
        {
            TensorPrimitives.Divide(target, spread, target);
        }

        return output;
    }
}
