namespace DeepTrack.Fluent;

/// <summary>A snapshot of a <see cref="SimulationCache"/>'s counters.</summary>
/// <param name="BytesInUse">The bytes of the values kept now (as they report them, <see cref="ICachedValue.CacheBytes"/>).</param>
/// <param name="PeakBytesInUse">The largest <see cref="BytesInUse"/> since the cache was created or cleared.</param>
/// <param name="BudgetBytes">The most bytes the cache keeps.</param>
/// <param name="Entries">The number of values kept now.</param>
/// <param name="Hits">Requests answered with a value that was kept or being computed by another thread.</param>
/// <param name="Misses">Requests that computed their value.</param>
/// <param name="Evictions">Values dropped to make room for others.</param>
/// <param name="Oversized">Values computed but not kept because they alone exceed the budget.</param>
public readonly record struct CacheStatistics(
    long BytesInUse,
    long PeakBytesInUse,
    long BudgetBytes,
    int Entries,
    long Hits,
    long Misses,
    long Evictions,
    long Oversized);
