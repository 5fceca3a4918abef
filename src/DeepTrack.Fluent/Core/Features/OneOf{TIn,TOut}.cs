using System;
using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent;

/// <summary>Evaluates one of several features, chosen by <see cref="Index"/> (by default drawn uniformly per sample).</summary>
/// <typeparam name="TIn">Input type.</typeparam>
/// <typeparam name="TOut">Output type.</typeparam>
[Feature]
public sealed partial record OneOf<TIn, TOut> : Feature<TIn, TOut>
{
    private readonly Feature<TIn, TOut>[] choices;

    /// <summary>Creates the choice. Use <see cref="Feature.OneOf{TIn, TOut}(Feature{TIn, TOut}[])"/> for a uniformly drawn index.</summary>
    /// <param name="choices">The features to choose from (at least one).</param>
    public OneOf(params IEnumerable<Feature<TIn, TOut>> choices)
    {
        this.choices = choices.ToArray();
        if (this.choices.Length == 0)
        {
            throw new ArgumentException("OneOf needs at least one feature to choose from.", nameof(choices));
        }
    }

    /// <summary>Which feature to evaluate, from 0.</summary>
    public partial int Index { get; init; }

    /// <summary>The features to choose from.</summary>
    public IReadOnlyList<Feature<TIn, TOut>> Choices => choices;

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => choices;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override TOut Compute(TIn input, FeatureContext context)
    {
        Require(Index >= 0 && Index < choices.Length, Index, $"the index must lie in [0, {choices.Length})");
        return context.Evaluate(choices[Index], input);
    }
}
