using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>
/// Serves each output of <see cref="Inner"/> for <see cref="Uses"/> consecutive samples: samples
/// k·Uses … (k+1)·Uses − 1 all get draw k. Cuts the cost of expensive features when some reuse is acceptable.
/// </summary>
/// <typeparam name="TIn">Input type.</typeparam>
/// <typeparam name="TOut">Output type.</typeparam>
/// <param name="Inner">The feature whose outputs are reused.</param>
[Feature]
public sealed partial record Reuse<TIn, TOut>(Feature<TIn, TOut> Inner) : Feature<TIn, TOut>
{
    /// <summary>How many consecutive samples share one draw (≥ 1).</summary>
    public partial int Uses { get; init; } = 2;

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [Inner];

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override TOut Compute(TIn input, FeatureContext context)
    {
        Require(Uses >= 1, Uses, "each draw must be used at least once");
        context.MarkVolatile();
        return context.EvaluateAtSample(Inner, input, context.SampleIndex / Uses);
    }
}
