using System.Threading;

namespace DeepTrack.Fluent.Tests;

/// <summary>The environment's cache: bounded by bytes, CLOCK eviction, one computation per key under concurrency.</summary>
public class SimulationCacheTests
{
    private sealed record Blob(int Size) : ICachedValue
    {
        public byte[] Data { get; } = new byte[Size];

        public long CacheBytes => Data.Length;
    }

    [Fact]
    public void Bytes_in_use_never_exceed_the_budget_over_a_long_run_of_distinct_keys()
    {
        const long Budget = 1 << 20;
        var cache = new SimulationCache(Budget);
        var random = new RandomStream(1);
        long requested = 0;
        for (int key = 0; key < 20_000; key++)
        {
            int size = 1 + (int)(random.NextDouble() * 64 * 1024);
            requested += size;
            Assert.Equal(size, cache.GetOrAdd(key, k => new Blob(size)).CacheBytes);
            Assert.InRange(cache.Statistics.BytesInUse, 0, Budget);
        }

        var statistics = cache.Statistics;
        Assert.InRange(statistics.PeakBytesInUse, Budget / 2, Budget);
        Assert.Equal(20_000, statistics.Misses);
        Assert.Equal(0, statistics.Hits);
        Assert.Equal(20_000 - statistics.Entries, statistics.Evictions);
        Assert.True(requested > 100 * Budget);
    }

    [Fact]
    public void A_value_asked_for_again_survives_a_stream_of_new_ones()
    {
        var cache = new SimulationCache(64 * 1024);
        int hotComputations = 0;
        for (int key = 0; key < 2_000; key++)
        {
            cache.GetOrAdd("hot", _ => { hotComputations++; return new Blob(8 * 1024); });
            cache.GetOrAdd(key, _ => new Blob(8 * 1024));
        }

        Assert.Equal(1, hotComputations);
        Assert.Equal(1_999, cache.Statistics.Hits);
        Assert.True(cache.Statistics.Evictions > 1_900);
    }

    [Fact]
    public void Several_threads_asking_for_one_key_compute_it_once()
    {
        var cache = new SimulationCache(1 << 20);
        int computations = 0;
        using var start = new Barrier(8);
        var results = new Blob[8];
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            results[t] = cache.GetOrAdd(("psf", 3), _ =>
            {
                Interlocked.Increment(ref computations);
                Thread.Sleep(100);
                return new Blob(1_000);
            });
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        Assert.Equal(1, computations);
        Assert.All(results, blob => Assert.Same(results[0], blob));
        Assert.Equal(1, cache.Statistics.Misses);
        Assert.Equal(7, cache.Statistics.Hits);
    }

    [Fact]
    public void A_value_larger_than_the_budget_is_returned_but_not_kept()
    {
        var cache = new SimulationCache(1_000);
        var small = cache.GetOrAdd(1, _ => new Blob(500));
        var large = cache.GetOrAdd(2, _ => new Blob(5_000));
        Assert.Equal(5_000, large.CacheBytes);
        var statistics = cache.Statistics;
        Assert.Equal(1, statistics.Oversized);
        Assert.Equal(500, statistics.BytesInUse);
        Assert.Same(small, cache.GetOrAdd(1, _ => new Blob(500)));
        Assert.NotSame(large, cache.GetOrAdd(2, _ => new Blob(5_000)));
    }

    [Fact]
    public void A_failed_computation_is_not_kept()
    {
        var cache = new SimulationCache(1_000);
        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd(1, Blob (_) => throw new InvalidOperationException("first try fails")));
        Assert.Equal(100, cache.GetOrAdd(1, _ => new Blob(100)).CacheBytes);
        Assert.Equal(1, cache.Statistics.Entries);
    }

    [Fact]
    public void Equal_keys_of_different_value_types_are_different_entries_and_clear_empties_the_cache()
    {
        var cache = new SimulationCache(10_000);
        var blob = cache.GetOrAdd((1, 2), _ => new Blob(10));
        var array = cache.GetOrAdd((1, 2), _ => new CachedArray<double>(new double[4]));
        Assert.Equal(10, blob.CacheBytes);
        Assert.Equal(32, array.CacheBytes);
        Assert.Equal(2, cache.Statistics.Entries);
        Assert.Equal(42, cache.Statistics.BytesInUse);

        cache.Clear();
        Assert.Equal(0, cache.Statistics.Entries);
        Assert.Equal(0, cache.Statistics.BytesInUse);
        Assert.NotSame(blob, cache.GetOrAdd((1, 2), _ => new Blob(10)));
    }

    [Fact]
    public void A_negative_budget_is_rejected()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationCache(-1));
}
