using System;
using System.Linq;

namespace DeepTrack.Fluent;

/// <summary>
/// Which replica is being evaluated: one index per enclosing <see cref="Repeat{T}"/> (or per element of a
/// list transformed element-wise), outermost first. The empty path is the pipeline's top level.
/// </summary>
public readonly struct ReplicaPath : IEquatable<ReplicaPath>
{
    private readonly int[]? indices;

    private ReplicaPath(int[] indices) => this.indices = indices;

    /// <summary>The top level (no enclosing repeat).</summary>
    public static ReplicaPath Root => default;

    /// <summary>The number of enclosing repeats.</summary>
    public int Depth => indices?.Length ?? 0;

    /// <summary>The replica index at one level, outermost first.</summary>
    /// <param name="level">The level, from 0 to <see cref="Depth"/> − 1.</param>
    public int this[int level] => (indices ?? [])[level];

    /// <summary>The innermost replica index, or −1 at the top level.</summary>
    public int Innermost => indices is { Length: > 0 } a ? a[^1] : -1;

    /// <summary>Creates a path from indices, outermost first.</summary>
    /// <param name="indices">The indices.</param>
    /// <returns>The path.</returns>
    public static ReplicaPath Of(params int[] indices) => indices.Length == 0 ? Root : new ReplicaPath((int[])indices.Clone());

    /// <summary>The path one level deeper.</summary>
    /// <param name="index">The index at the new level.</param>
    /// <returns>The longer path.</returns>
    public ReplicaPath Append(int index)
    {
        int depth = Depth;
        var longer = new int[depth + 1];
        indices?.CopyTo(longer, 0);
        longer[depth] = index;
        return new ReplicaPath(longer);
    }

    /// <summary>The same path with the index at one level replaced.</summary>
    /// <param name="level">The level, from 0 to <see cref="Depth"/> − 1.</param>
    /// <param name="index">The new index there.</param>
    /// <returns>The modified path.</returns>
    public ReplicaPath WithLevel(int level, int index)
    {
        var copy = ToArray();
        copy[level] = index;
        return new ReplicaPath(copy);
    }

    /// <summary>The path cut to at most <paramref name="depth"/> levels (the view of a feature that sits fewer repeats deep).</summary>
    /// <param name="depth">The depth to keep.</param>
    /// <returns>The shorter path, or this one if it is not deeper.</returns>
    public ReplicaPath Truncate(int depth)
    {
        if (depth >= Depth)
        {
            return this;
        }

        return depth == 0 ? Root : new ReplicaPath(indices![..depth]);
    }

    /// <inheritdoc />
    public bool Equals(ReplicaPath other)
        => ReferenceEquals(indices, other.indices) || (Depth == other.Depth && (indices ?? []).AsSpan().SequenceEqual(other.indices ?? []));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReplicaPath other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (indices is null)
        {
            return 0;
        }

        var hash = new HashCode();
        foreach (int i in indices)
        {
            hash.Add(i);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => indices is null ? "()" : $"({string.Join(", ", indices)})";

    /// <summary>Equality.</summary>
    /// <param name="left">First path.</param>
    /// <param name="right">Second path.</param>
    /// <returns>Whether the paths are equal.</returns>
    public static bool operator ==(ReplicaPath left, ReplicaPath right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">First path.</param>
    /// <param name="right">Second path.</param>
    /// <returns>Whether the paths differ.</returns>
    public static bool operator !=(ReplicaPath left, ReplicaPath right) => !left.Equals(right);

    internal ulong Fold(ulong key)
    {
        if (indices is not null)
        {
            foreach (int i in indices)
            {
                key = RandomStream.Mix(key, (ulong)(uint)i + 1);
            }
        }

        return key;
    }

    internal int[] ToArray() => indices?.ToArray() ?? [];
}
