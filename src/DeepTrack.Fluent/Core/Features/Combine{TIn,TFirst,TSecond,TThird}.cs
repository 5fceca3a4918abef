using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary><c>first &amp; second &amp; third</c>: three features on the same input, as a flat triple.</summary>
/// <typeparam name="TIn">Input type.</typeparam>
/// <typeparam name="TFirst">First output type.</typeparam>
/// <typeparam name="TSecond">Second output type.</typeparam>
/// <typeparam name="TThird">Third output type.</typeparam>
/// <param name="First">The first feature.</param>
/// <param name="Second">The second feature.</param>
/// <param name="Third">The third feature.</param>
[Feature]
public sealed partial record Combine<TIn, TFirst, TSecond, TThird>(Feature<TIn, TFirst> First, Feature<TIn, TSecond> Second, Feature<TIn, TThird> Third)
    : Feature<TIn, (TFirst, TSecond, TThird)>
{
    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [First, Second, Third];

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override (TFirst, TSecond, TThird) Compute(TIn input, FeatureContext context)
        => (context.Evaluate(First, input), context.Evaluate(Second, input), context.Evaluate(Third, input));
}
