using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>
/// How a feature property gets its value for a sample: a constant, a draw from a distribution or
/// sampler, or a function of other properties of the same feature or of other features.
/// Created by the generated <c>With…</c> setters; see <see cref="PropertyRule"/>.
/// </summary>
/// <typeparam name="T">The property's type.</typeparam>
public abstract class PropertyRule<T>
{
    private protected PropertyRule()
    {
    }

    /// <summary>Whether the rule gives the same value for every sample.</summary>
    public virtual bool IsConstant => false;

    /// <summary>Adds the features whose properties this rule reads.</summary>
    /// <param name="references">Receives the features.</param>
    public virtual void CollectReferences(ICollection<Feature> references)
    {
    }

    /// <summary>Computes the value for the sample being resolved.</summary>
    /// <param name="owner">The resolved copy of the feature the property belongs to.</param>
    /// <param name="scope">The resolution in progress.</param>
    /// <param name="property">The property's name.</param>
    /// <returns>The value.</returns>
    internal abstract T Resolve(Feature owner, ResolutionScope scope, string property);

    /// <summary>A short description for feature printouts.</summary>
    /// <returns>The description.</returns>
    public abstract override string ToString();
}
