using System;

namespace DeepTrack.Fluent;

/// <summary>Applies a function to its input. The function must be pure; for randomness use the context's stream.</summary>
/// <typeparam name="TIn">Input type.</typeparam>
/// <typeparam name="TOut">Output type.</typeparam>
/// <param name="Function">Receives the input and the evaluation context.</param>
[Feature]
public sealed partial record Lambda<TIn, TOut>(Func<TIn, FeatureContext, TOut> Function) : Feature<TIn, TOut>
{
    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override TOut Compute(TIn input, FeatureContext context) => Function(input, context);
}
