using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>Collects ground-truth entries, dropping later duplicates of the same feature and replica.</summary>
internal sealed class GroundTruthBuilder
{
    private readonly List<GroundTruthEntry> entries = [];

    public void Add(GroundTruthEntry entry)
    {
        foreach (var existing in entries)
        {
            if (ReferenceEquals(existing.Feature, entry.Feature) && existing.Replica.Equals(entry.Replica))
            {
                return;
            }
        }

        entries.Add(entry);
    }

    public void AddRange(GroundTruth truth, CoordinateMapping? mapping)
    {
        foreach (var entry in truth.Entries)
        {
            Add(mapping is null ? entry : entry.MappedBy(mapping));
        }
    }

    public bool Matches(GroundTruth truth, PipelineGraph? pipeline)
    {
        if (!ReferenceEquals(truth.Pipeline, pipeline))
        {
            return false;
        }

        var existing = truth.Entries;
        if (existing.Count != entries.Count)
        {
            return false;
        }

        for (int i = 0; i < entries.Count; i++)
        {
            if (!ReferenceEquals(existing[i], entries[i]))
            {
                return false;
            }
        }

        return true;
    }

    public GroundTruth Build(PipelineGraph? pipeline) => entries.Count == 0 && pipeline is null ? GroundTruth.Empty : new GroundTruth([.. entries], pipeline);
}
