using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>
/// The "transform-all" operation: applies <see cref="Inner"/> to every element of a list (element <c>i</c>
/// as replica <c>i</c>, so random draws differ per element). <c>list &gt;&gt; transform</c> inserts it.
/// </summary>
/// <typeparam name="T">Element type.</typeparam>
/// <param name="Inner">The element-wise transform.</param>
[Feature]
public sealed partial record ForEach<T>(Feature<T, T> Inner) : Feature<IReadOnlyList<T>, IReadOnlyList<T>>, IReplicating
{
    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [Inner];

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override IReadOnlyList<T> Compute(IReadOnlyList<T> input, FeatureContext context)
    {
        var output = new T[input.Count];
        for (int i = 0; i < output.Length; i++)
        {
            output[i] = context.EvaluateReplica(Inner, input[i], i);
        }

        return output;
    }
}
