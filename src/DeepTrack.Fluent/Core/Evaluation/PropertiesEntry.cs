namespace DeepTrack.Fluent;

/// <summary>A memoised resolved copy of a feature (its property values for one sample and replica).</summary>
internal sealed class PropertiesEntry : CacheEntry
{
    /// <summary>The resolved copy.</summary>
    public Feature? Resolved { get; set; }
}
