using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>
/// Computes <see cref="Inner"/> once and serves that output for every sample (for example an expensive
/// background). The stored output is the one of sample <see cref="StoredSample"/>, so it is the same
/// whichever worker computes it first.
/// </summary>
/// <typeparam name="TIn">Input type.</typeparam>
/// <typeparam name="TOut">Output type.</typeparam>
/// <param name="Inner">The feature whose output is stored.</param>
[Feature]
public sealed partial record Store<TIn, TOut>(Feature<TIn, TOut> Inner) : Feature<TIn, TOut>
{
    /// <summary>The sample whose output is stored (≥ 0).</summary>
    public partial long StoredSample { get; init; } = 0;

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [Inner];

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override TOut Compute(TIn input, FeatureContext context)
    {
        Require(StoredSample >= 0, StoredSample, "a sample index must be ≥ 0");
        return context.EvaluateAtSample(Inner, input, StoredSample);
    }
}
