using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>
/// The "append" operation of the paper: a feature that adds one new item (for example a scatterer's
/// volume) to the list it receives. <c>particle ^ 5</c> therefore builds a list of five independent items.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract record AppendFeature<T> : Feature<IReadOnlyList<T>, IReadOnlyList<T>>
{
    /// <summary>Creates the item to append. Runs on the resolved copy.</summary>
    /// <param name="context">Seeded randomness and evaluation of child features.</param>
    /// <returns>The new item.</returns>
    protected abstract T Create(FeatureContext context);

    /// <inheritdoc />
    protected sealed override IReadOnlyList<T> Compute(IReadOnlyList<T> input, FeatureContext context)
    {
        T item = GroundTruthPropagation.Apply(NoInput.Value, Create(context), this, context, null);
        return AppendList<T>.Append(input, item);
    }
}
