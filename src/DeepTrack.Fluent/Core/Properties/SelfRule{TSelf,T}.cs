using System;

namespace DeepTrack.Fluent;

/// <summary>A property rule computed from other properties of the same feature.</summary>
/// <typeparam name="TSelf">The feature type.</typeparam>
/// <typeparam name="T">The property's type.</typeparam>
internal sealed class SelfRule<TSelf, T> : PropertyRule<T>
    where TSelf : Feature
{
    private readonly Func<TSelf, T> rule;

    internal SelfRule(Func<TSelf, T> rule) => this.rule = rule;

    /// <inheritdoc />
    public override string ToString() => "f(self)";

    internal override T Resolve(Feature owner, ResolutionScope scope, string property) => rule((TSelf)owner);
}
