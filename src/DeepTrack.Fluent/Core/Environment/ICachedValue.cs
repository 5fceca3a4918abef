namespace DeepTrack.Fluent;

/// <summary>A value kept in a <see cref="SimulationCache"/>: it reports how much memory it holds, which the cache's byte budget counts.</summary>
public interface ICachedValue
{
    /// <summary>The memory the value holds, in bytes (its arrays; small fixed overheads may be left out). Must not change once cached.</summary>
    long CacheBytes { get; }
}
