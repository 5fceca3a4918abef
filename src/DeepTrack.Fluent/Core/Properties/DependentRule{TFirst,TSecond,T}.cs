using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>A property rule computed from the properties of two other features, for the same sample and replica.</summary>
/// <typeparam name="TFirst">The first feature's type.</typeparam>
/// <typeparam name="TSecond">The second feature's type.</typeparam>
/// <typeparam name="T">The property's type.</typeparam>
internal sealed class DependentRule<TFirst, TSecond, T> : PropertyRule<T>
    where TFirst : Feature
    where TSecond : Feature
{
    private readonly TFirst first;
    private readonly TSecond second;
    private readonly Func<TFirst, TSecond, T> rule;

    internal DependentRule(TFirst first, TSecond second, Func<TFirst, TSecond, T> rule)
    {
        this.first = first;
        this.second = second;
        this.rule = rule;
    }

    /// <inheritdoc />
    public override void CollectReferences(ICollection<Feature> references)
    {
        references.Add(first);
        references.Add(second);
    }

    /// <inheritdoc />
    public override string ToString() => $"f({first.Name}, {second.Name})";

    internal override T Resolve(Feature owner, ResolutionScope scope, string property)
        => rule(scope.ResolveOther(first), scope.ResolveOther(second));
}
