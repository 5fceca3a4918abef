namespace DeepTrack.Fluent;

/// <summary>One feature evaluation that contributed to an output: which feature, which replica, and its property values.</summary>
/// <param name="Feature">The feature as declared in the pipeline (what <see cref="GroundTruth.Get{TFeature, TValue}"/> matches).</param>
/// <param name="Values">The resolved copy: every property holds the value used for this sample and replica.</param>
/// <param name="Replica">The replica.</param>
/// <param name="Mapping">How positions have moved since the evaluation (null: not moved).</param>
public sealed record GroundTruthEntry(Feature Feature, Feature Values, ReplicaPath Replica, CoordinateMapping? Mapping)
{
    /// <summary>The entry with <paramref name="next"/> applied after its current mapping.</summary>
    /// <param name="next">The mapping of a feature that moved pixels.</param>
    /// <returns>The mapped entry.</returns>
    public GroundTruthEntry MappedBy(CoordinateMapping next) => this with { Mapping = Mapping is null ? next : Mapping.Then(next) };
}
