using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent;

/// <summary>Any number of features of one type on the same input, as a list (shared upstream evaluated once).</summary>
/// <typeparam name="TIn">Input type.</typeparam>
/// <typeparam name="TOut">Output type of each feature.</typeparam>
[Feature]
public sealed partial record CombineAll<TIn, TOut> : Feature<TIn, IReadOnlyList<TOut>>
{
    private readonly Feature<TIn, TOut>[] features;

    /// <summary>Creates the combination.</summary>
    /// <param name="features">The features, in output order.</param>
    public CombineAll(params IEnumerable<Feature<TIn, TOut>> features) => this.features = features.ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => features;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override IReadOnlyList<TOut> Compute(TIn input, FeatureContext context)
    {
        var outputs = new TOut[features.Length];
        for (int i = 0; i < outputs.Length; i++)
        {
            outputs[i] = context.Evaluate(features[i], input);
        }

        return outputs;
    }
}
