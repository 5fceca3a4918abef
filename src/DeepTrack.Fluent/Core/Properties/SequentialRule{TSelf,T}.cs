using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>
/// A property that evolves over the frames of a <see cref="Sequence{TIn, TOut}"/>: frame 0 takes the initial
/// rule; frame f applies the step function to the value of frame f − 1 (of the same feature and replica).
/// </summary>
/// <typeparam name="TSelf">The feature type.</typeparam>
/// <typeparam name="T">The property's type.</typeparam>
internal sealed class SequentialRule<TSelf, T> : PropertyRule<T>
    where TSelf : Feature
{
    private readonly PropertyRule<T> initial;
    private readonly Func<TSelf, SequenceStep<T>, T> step;

    internal SequentialRule(PropertyRule<T> initial, Func<TSelf, SequenceStep<T>, T> step)
    {
        this.initial = initial;
        this.step = step;
    }

    /// <inheritdoc />
    public override void CollectReferences(ICollection<Feature> references) => initial.CollectReferences(references);

    /// <inheritdoc />
    public override string ToString() => $"{initial}, then stepped per frame";

    internal override T Resolve(Feature owner, ResolutionScope scope, string property)
    {
        var (frame, length) = scope.Frame(property);
        if (frame == 0)
        {
            return initial.Resolve(owner, scope, property);
        }

        T previous = (T)scope.ResolveSelfInPreviousFrame<TSelf>().ReadPropertyByName(property)!;
        return step((TSelf)owner, new SequenceStep<T>(previous, frame, length, scope.RandomFor(property)));
    }
}
