using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace DeepTrack.Fluent;

/// <summary>
/// The cache of a <see cref="SimulationEnvironment"/>: values that are expensive to compute and depend only on their
/// key (pupils, PSFs, transfer functions, Mie tables), kept within a budget of bytes. Thread-safe; a value is computed
/// once even when several threads ask for it at the same time (the others wait for it).
/// </summary>
/// <remarks>
/// <para>Bounded by bytes, as the values report them (<see cref="ICachedValue.CacheBytes"/>): before a value is
/// kept, values are evicted until it fits, so <see cref="CacheStatistics.BytesInUse"/> never exceeds
/// <see cref="BudgetBytes"/>. A value larger than the whole budget is returned but not kept.</para>
/// <para>Eviction follows the CLOCK policy, an approximation of least-recently-used: every value has a "used"
/// flag that a hit sets without taking a lock (a new value starts with it clear); the hand sweeps the values in
/// insertion order, clears set flags and evicts the first value whose flag is clear. Values that are asked for again
/// therefore stay, and values of a parameter drawn per sample make room for the next ones.</para>
/// <para>Written here rather than taken from Microsoft.Extensions.Caching.Memory because that cache compacts in the
/// background (its size can exceed the limit until then), does not compute a value once under concurrency, and would
/// add a dependency to the core package.</para>
/// </remarks>
public sealed class SimulationCache
{
    private readonly ConcurrentDictionary<Slot, Node> nodes = new();
    private readonly Lock gate = new();
    private Node? hand;
    private long bytesInUse;
    private long peakBytes;
    private long hits;
    private long misses;
    private long evictions;
    private long oversized;

    /// <summary>Creates an empty cache.</summary>
    /// <param name="budgetBytes">The most bytes kept (≥ 0; 0 keeps nothing).</param>
    public SimulationCache(long budgetBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budgetBytes);
        BudgetBytes = budgetBytes;
    }

    /// <summary>The most bytes the cache keeps.</summary>
    public long BudgetBytes { get; }

    /// <summary>The counters now.</summary>
    public CacheStatistics Statistics
    {
        get
        {
            lock (gate)
            {
                return new CacheStatistics(
                    bytesInUse, peakBytes, BudgetBytes, nodes.Count, Interlocked.Read(ref hits), Interlocked.Read(ref misses), evictions, oversized);
            }
        }
    }

    /// <summary>The value for <paramref name="key"/>, computed by <paramref name="create"/> if it is not kept.</summary>
    /// <typeparam name="TKey">The key's type (with value equality; keys of different value types never collide).</typeparam>
    /// <typeparam name="TValue">The value's type.</typeparam>
    /// <param name="key">Everything the value depends on.</param>
    /// <param name="create">Computes the value; called at most once at a time per key.</param>
    /// <returns>The value; shared with every other caller, so never modify it.</returns>
    public TValue GetOrAdd<TKey, TValue>(TKey key, Func<TKey, TValue> create)
        where TKey : notnull
        where TValue : class, ICachedValue
    {
        ArgumentNullException.ThrowIfNull(create);
        return GetOrAdd(key, create, static (k, c) => c(k));
    }

    /// <summary>The value for <paramref name="key"/>, computed by <paramref name="create"/> from the key and <paramref name="state"/> if it is not kept.</summary>
    /// <typeparam name="TKey">The key's type (with value equality; keys of different value types never collide).</typeparam>
    /// <typeparam name="TState">What <paramref name="create"/> needs besides the key (so that it need not capture it).</typeparam>
    /// <typeparam name="TValue">The value's type.</typeparam>
    /// <param name="key">Everything the value depends on.</param>
    /// <param name="state">Passed to <paramref name="create"/>.</param>
    /// <param name="create">Computes the value; called at most once at a time per key.</param>
    /// <returns>The value; shared with every other caller, so never modify it.</returns>
    public TValue GetOrAdd<TKey, TState, TValue>(TKey key, TState state, Func<TKey, TState, TValue> create)
        where TKey : notnull
        where TValue : class, ICachedValue
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        var slot = new Slot(typeof(TValue), key);
        if (nodes.TryGetValue(slot, out var node))
        {
            node.Used = true;
            Interlocked.Increment(ref hits);
            return (TValue)node.Value.Value;
        }

        var created = new Node(slot, new Lazy<ICachedValue>(() => create(key, state), LazyThreadSafetyMode.ExecutionAndPublication));
        node = nodes.GetOrAdd(slot, created);
        if (!ReferenceEquals(node, created))
        {
            node.Used = true;
            Interlocked.Increment(ref hits);
            return (TValue)node.Value.Value;
        }

        Interlocked.Increment(ref misses);
        ICachedValue value;
        try
        {
            value = created.Value.Value;
        }
        catch
        {
            // The failure reaches every thread waiting for this value; the next request computes it again.
            nodes.TryRemove(new KeyValuePair<Slot, Node>(slot, created));
            throw;
        }

        Admit(created, value.CacheBytes);
        return (TValue)value;
    }

    /// <summary>Drops every value kept (values being computed are returned to their callers but not kept). Counters of hits, misses and evictions stay.</summary>
    public void Clear()
    {
        lock (gate)
        {
            nodes.Clear();
            hand = null;
            bytesInUse = 0;
            peakBytes = 0;
        }
    }

    private void Admit(Node node, long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        lock (gate)
        {
            if (!nodes.TryGetValue(node.Slot, out var current) || !ReferenceEquals(current, node))
            {
                return;
            }

            if (bytes > BudgetBytes)
            {
                nodes.TryRemove(new KeyValuePair<Slot, Node>(node.Slot, node));
                oversized++;
                return;
            }

            while (bytesInUse + bytes > BudgetBytes && hand is not null)
            {
                EvictOne();
            }

            // A new value gets no second chance until it is asked for again (hits while it was computed count).
            node.Bytes = bytes;
            InsertBehindHand(node);
            bytesInUse += bytes;
            peakBytes = Math.Max(peakBytes, bytesInUse);
        }
    }

    /// <summary>CLOCK: clears the used flags the hand passes and evicts the first value whose flag was clear.</summary>
    private void EvictOne()
    {
        var victim = hand!;
        while (victim.Used)
        {
            victim.Used = false;
            victim = victim.Next!;
        }

        hand = ReferenceEquals(victim.Next, victim) ? null : victim.Next;
        victim.Previous!.Next = victim.Next;
        victim.Next!.Previous = victim.Previous;
        victim.Next = victim.Previous = null;
        nodes.TryRemove(new KeyValuePair<Slot, Node>(victim.Slot, victim));
        bytesInUse -= victim.Bytes;
        evictions++;
    }

    /// <summary>Puts a new value last in the hand's sweep.</summary>
    private void InsertBehindHand(Node node)
    {
        if (hand is null)
        {
            node.Next = node.Previous = node;
            hand = node;
            return;
        }

        node.Next = hand;
        node.Previous = hand.Previous;
        hand.Previous!.Next = node;
        hand.Previous = node;
    }

    /// <summary>A key together with the type of its value, so that equal keys of different caches never collide.</summary>
    private readonly record struct Slot(Type ValueType, object Key);

    private sealed class Node(Slot slot, Lazy<ICachedValue> value)
    {
        public Slot Slot { get; } = slot;

        public Lazy<ICachedValue> Value { get; } = value;

        public long Bytes { get; set; }

        /// <summary>The CLOCK flag: set by every hit (without a lock), cleared by the sweeping hand.</summary>
        public bool Used { get; set; }

        /// <summary>The ring of kept values (guarded by the cache's lock).</summary>
        public Node? Next { get; set; }

        public Node? Previous { get; set; }
    }
}
