using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>A property rule computed from the properties of another feature, for the same sample and replica.</summary>
/// <typeparam name="TOther">The other feature's type.</typeparam>
/// <typeparam name="T">The property's type.</typeparam>
internal sealed class DependentRule<TOther, T> : PropertyRule<T>
    where TOther : Feature
{
    private readonly TOther other;
    private readonly Func<TOther, T> rule;

    internal DependentRule(TOther other, Func<TOther, T> rule)
    {
        this.other = other;
        this.rule = rule;
    }

    /// <inheritdoc />
    public override void CollectReferences(ICollection<Feature> references) => references.Add(other);

    /// <inheritdoc />
    public override string ToString() => $"f({other.Name})";

    internal override T Resolve(Feature owner, ResolutionScope scope, string property) => rule(scope.ResolveOther(other));
}
