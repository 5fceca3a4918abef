using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>
/// Evaluates <see cref="Inner"/> with one of its features replaced by a modified copy (for example a
/// label pipeline that renders the same particles with other settings). The replacement keeps the
/// replaced feature's random streams, so every property it does not override takes the same values.
/// </summary>
/// <typeparam name="TIn">Input type.</typeparam>
/// <typeparam name="TOut">Output type.</typeparam>
[Feature]
public sealed partial record Bind<TIn, TOut> : Feature<TIn, TOut>, IBinding
{
    /// <summary>Creates the binding.</summary>
    /// <param name="inner">The feature evaluated.</param>
    /// <param name="target">A feature inside <paramref name="inner"/>.</param>
    /// <param name="replacement">What to use instead of <paramref name="target"/>; usually <c>target.With…(…)</c>.</param>
    public Bind(Feature<TIn, TOut> inner, Feature target, Feature replacement)
    {
        Inner = inner ?? throw new ArgumentNullException(nameof(inner));
        Target = target ?? throw new ArgumentNullException(nameof(target));
        Replacement = replacement ?? throw new ArgumentNullException(nameof(replacement));
        if (target.GetType() != replacement.GetType())
        {
            throw new ArgumentException($"The replacement of {target.Name} must be of the same type, not {replacement.Name}.", nameof(replacement));
        }
    }

    /// <summary>The feature evaluated.</summary>
    public Feature<TIn, TOut> Inner { get; }

    /// <summary>The feature replaced.</summary>
    public Feature Target { get; }

    /// <summary>Its replacement.</summary>
    public Feature Replacement { get; }

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [Inner];

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override TOut Compute(TIn input, FeatureContext context) => context.EvaluateBound(this, Inner, input);
}
