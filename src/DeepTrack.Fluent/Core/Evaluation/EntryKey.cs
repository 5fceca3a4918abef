using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DeepTrack.Fluent;

/// <summary>Identifies a cache entry: a feature object, a replica, a substitution scope and the kind of value.</summary>
/// <param name="Feature">The feature (compared by reference).</param>
/// <param name="Path">The replica.</param>
/// <param name="Scope">The substitution scope (0 outside any <see cref="Bind{TIn, TOut}"/>).</param>
/// <param name="IsOutput">True for the output, false for the resolved properties.</param>
internal readonly record struct EntryKey(Feature Feature, ReplicaPath Path, ulong Scope, bool IsOutput)
{
    /// <summary>Compares keys with reference identity for the feature.</summary>
    public static IEqualityComparer<EntryKey> Comparer { get; } = new KeyComparer();

    private sealed class KeyComparer : IEqualityComparer<EntryKey>
    {
        public bool Equals(EntryKey x, EntryKey y)
            => ReferenceEquals(x.Feature, y.Feature) && x.IsOutput == y.IsOutput && x.Scope == y.Scope && x.Path.Equals(y.Path);

        public int GetHashCode(EntryKey key)
            => HashCode.Combine(RuntimeHelpers.GetHashCode(key.Feature), key.Path.GetHashCode(), key.Scope, key.IsOutput);
    }
}
