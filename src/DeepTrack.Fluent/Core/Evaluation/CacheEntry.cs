using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>One memoised value of an evaluator: a feature's resolved properties or its output, for one replica.</summary>
internal abstract class CacheEntry
{
    private List<CacheEntry>? dependents;

    /// <summary>The node number of the entry's feature (fixed when the entry is created).</summary>
    public int NodeId { get; init; }

    /// <summary>Whether the stored value is current.</summary>
    public bool Valid { get; set; }

    /// <summary>Whether the last computation drew randomness (so a new sample invalidates it).</summary>
    public bool DrawsRandomness { get; set; }

    /// <summary>Whether the value is being computed (a read now would be a cycle).</summary>
    public bool InProgress { get; set; }

    /// <summary>Entries that read this one during their last computation.</summary>
    public List<CacheEntry>? Dependents => dependents;

    /// <summary>Records that <paramref name="entry"/> read this one.</summary>
    /// <param name="entry">The reader.</param>
    public void AddDependent(CacheEntry entry)
    {
        dependents ??= new List<CacheEntry>(2);
        if (!dependents.Contains(entry))
        {
            dependents.Add(entry);
        }
    }

    /// <summary>Forgets the dependents (they are being invalidated).</summary>
    public void ClearDependents() => dependents?.Clear();
}
