using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace DeepTrack.Fluent;

/// <summary>
/// The read-only list an <see cref="AppendFeature{T}"/> returns: its input plus one item, sharing the input's storage
/// when it can, so that <c>particle ^ n</c> builds its lists in O(n) instead of copying every prefix (O(n²)).
/// </summary>
/// <remarks>
/// A list is a prefix (<see cref="Count"/> items) of a storage array that only grows. Appending to a list that ends
/// where its storage is filled writes the next slot and returns a longer prefix; the first to append to such a list
/// claims the slot atomically, and any other append to the same list (another replica, another thread) copies. The
/// items a list exposes are never written again, so every list stays what it was when returned.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class AppendList<T> : IReadOnlyList<T>
{
    private readonly Storage storage;

    private AppendList(Storage storage, int count)
    {
        this.storage = storage;
        Count = count;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public T this[int index] => (uint)index < (uint)Count ? storage.Items[index] : throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {Count} items.");

    /// <summary>The list <paramref name="items"/> followed by <paramref name="item"/>.</summary>
    /// <param name="items">The list appended to (not modified).</param>
    /// <param name="item">The new last item.</param>
    /// <returns>A list of <c>items.Count + 1</c> items.</returns>
    public static AppendList<T> Append(IReadOnlyList<T> items, T item)
    {
        int count = items.Count;
        if (items is AppendList<T> list && count < list.storage.Items.Length
            && Interlocked.CompareExchange(ref list.storage.Filled, count + 1, count) == count)
        {
            list.storage.Items[count] = item;
            return new AppendList<T>(list.storage, count + 1);
        }

        var copy = new Storage(new T[Math.Max(4, 2 * (count + 1))], count + 1);
        if (items is AppendList<T> shared)
        {
            Array.Copy(shared.storage.Items, copy.Items, count);
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                copy.Items[i] = items[i];
            }
        }

        copy.Items[count] = item;
        return new AppendList<T>(copy, count + 1);
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return storage.Items[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The shared array and how many of its slots are written.</summary>
    private sealed class Storage(T[] items, int filled)
    {
        public readonly T[] Items = items;

        public int Filled = filled;
    }
}
