using System;
using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>Reduces an image (all planes) to one number, e.g. <c>image &gt;&gt; new Reduce&lt;double&gt;().WithFunction(Reduction.Mean)</c>.</summary>
/// <typeparam name="T">Floating-point pixel type.</typeparam>
[Feature]
public sealed partial record Reduce<T> : Feature<Image<T>, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The statistic.</summary>
    public partial Reduction Function { get; init; } = Reduction.Mean;

    /// <summary>The probability of <see cref="Reduction.Quantile"/>, in [0, 1] (unused by the other statistics).</summary>
    [Probability]
    public partial double Probability { get; init; } = 0.5;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override T Compute(Image<T> input, FeatureContext context)
        => Statistics.Of<T>(input.AsReadOnlySpan().ToArray(), Function, Probability);
}
