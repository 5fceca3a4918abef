using System;

namespace DeepTrack.Fluent;

/// <summary>
/// A property rule that is a function of the index of the sample being generated, so sample k takes the k-th
/// value whichever thread generates it (DeepTrack 2.0's iterator-valued properties; see
/// <see cref="PropertyRule.Iterate{T}(System.Collections.Generic.IEnumerable{T})"/>).
/// </summary>
/// <typeparam name="T">The property's type.</typeparam>
internal sealed class SampleRule<T> : PropertyRule<T>
{
    private readonly Func<long, T> rule;
    private readonly string description;

    internal SampleRule(Func<long, T> rule, string description)
    {
        this.rule = rule;
        this.description = description;
    }

    /// <inheritdoc />
    public override string ToString() => description;

    internal override T Resolve(Feature owner, ResolutionScope scope, string property)
    {
        scope.MarkVolatile();
        return rule(scope.SampleIndex);
    }
}
