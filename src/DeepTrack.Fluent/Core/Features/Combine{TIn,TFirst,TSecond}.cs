using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>
/// <c>first &amp; second</c>: both features on the same input, as a pair. Upstream features they share are
/// evaluated once, so an image and its label come from the same draw.
/// </summary>
/// <typeparam name="TIn">Input type.</typeparam>
/// <typeparam name="TFirst">First output type.</typeparam>
/// <typeparam name="TSecond">Second output type.</typeparam>
/// <param name="First">The first feature.</param>
/// <param name="Second">The second feature.</param>
[Feature]
public sealed partial record Combine<TIn, TFirst, TSecond>(Feature<TIn, TFirst> First, Feature<TIn, TSecond> Second) : Feature<TIn, (TFirst, TSecond)>
{
    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [First, Second];

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override (TFirst, TSecond) Compute(TIn input, FeatureContext context)
        => (context.Evaluate(First, input), context.Evaluate(Second, input));
}
