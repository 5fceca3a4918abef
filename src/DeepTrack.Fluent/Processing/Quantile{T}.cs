using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// The <see cref="Probability"/>-quantile of all pixels: the sorted values interpolated linearly at position
/// (n − 1)·<see cref="Probability"/> (numpy's default; a percentile p is the quantile p/100).
/// </summary>
/// <typeparam name="T">Floating-point pixel type.</typeparam>
[Feature]
public sealed partial record Quantile<T> : Feature<Image<T>, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The quantile's probability, in [0, 1].</summary>
    [Probability]
    public partial double Probability { get; init; } = 0.5;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override T Compute(Image<T> input, FeatureContext context)
    {
        return OrderStatistics.Quantile<T>(input.AsReadOnlySpan().ToArray(), Probability);
    }
}
