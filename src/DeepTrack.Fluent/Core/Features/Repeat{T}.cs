using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>
/// <c>feature ^ n</c>: applies <see cref="Inner"/> <see cref="Count"/> times, each output the next input.
/// Replica <c>i</c> draws its properties independently (it is one level deeper in <see cref="ReplicaPath"/>).
/// </summary>
/// <typeparam name="T">Input and output type.</typeparam>
/// <param name="Inner">The repeated feature.</param>
[Feature]
public sealed partial record Repeat<T>(Feature<T, T> Inner) : Feature<T, T>, IReplicating
{
    /// <summary>How many times to apply <see cref="Inner"/> (≥ 0); may be drawn per sample.</summary>
    public partial int Count { get; init; }

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [Inner];

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override T Compute(T input, FeatureContext context)
    {
        Require(Count >= 0, Count, "the number of repetitions must be ≥ 0");
        T current = input;
        for (int i = 0; i < Count; i++)
        {
            current = context.EvaluateReplica(Inner, current, i);
        }

        return current;
    }
}
