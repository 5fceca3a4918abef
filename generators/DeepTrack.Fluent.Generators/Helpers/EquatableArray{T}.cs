using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DeepTrack.Fluent.Generators.Helpers;

/// <summary>An immutable array with value equality, so generator models cache correctly.</summary>
/// <typeparam name="T">The element type (itself equatable).</typeparam>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IEnumerable<T>
    where T : IEquatable<T>
{
    private readonly T[]? items;

    public EquatableArray(IEnumerable<T> items) => this.items = items.ToArray();

    public static EquatableArray<T> Empty => new(Array.Empty<T>());

    public int Count => items?.Length ?? 0;

    public T this[int index] => (items ?? Array.Empty<T>())[index];

    public bool Equals(EquatableArray<T> other)
        => (items ?? Array.Empty<T>()).AsSpan().SequenceEqual(other.items ?? Array.Empty<T>());

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        int hash = 17;
        foreach (var item in items ?? Array.Empty<T>())
        {
            hash = unchecked(hash * 31 + item.GetHashCode());
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public ImmutableArray<T> AsImmutableArray() => ImmutableArray.Create(items ?? Array.Empty<T>());
}
