using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary><c>first &gt;&gt; second</c>: the output of <see cref="First"/> is the input of <see cref="Second"/>.</summary>
/// <typeparam name="TIn">Input type.</typeparam>
/// <typeparam name="TMid">Type passed between the two.</typeparam>
/// <typeparam name="TOut">Output type.</typeparam>
/// <param name="First">Runs first.</param>
/// <param name="Second">Runs on the output of <paramref name="First"/>.</param>
[Feature]
public sealed partial record Chain<TIn, TMid, TOut>(Feature<TIn, TMid> First, Feature<TMid, TOut> Second) : Feature<TIn, TOut>
{
    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [First, Second];

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    public override string Name => $"{First.Name} >> {Second.Name}";

    /// <inheritdoc />
    protected override TOut Compute(TIn input, FeatureContext context)
        => context.Evaluate(Second, context.Evaluate(First, input));
}
