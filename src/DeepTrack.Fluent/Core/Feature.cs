using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace DeepTrack.Fluent;

/// <summary>
/// The root of every pipeline node. A feature is an immutable description (a record): its properties
/// hold rules, and the pipeline resolves a copy of it per sample and replica in which every property
/// holds a plain value. That resolved copy is what <c>Compute</c> runs on and what ground truth records.
/// </summary>
/// <remarks>
/// Equality is reference identity: two features are the same pipeline node only if they are the same
/// object. Declare features with <see cref="FeatureAttribute"/> on a partial record deriving from
/// <see cref="Feature{TIn, TOut}"/>.
/// </remarks>
public abstract partial record Feature
{
    private ResolutionScope? resolution;
    private bool isResolved;

    /// <summary>Creates a feature.</summary>
    protected Feature()
    {
    }

    /// <summary>Copies a feature (used by <c>with</c>): the copy is a new, unresolved pipeline node.</summary>
    /// <param name="original">The feature copied.</param>
    protected Feature(Feature original)
    {
        ArgumentNullException.ThrowIfNull(original);
    }

    /// <summary>The feature's display name: its type name without generic arity.</summary>
    public virtual string Name => FeatureNames.Of(GetType());

    /// <summary>The features this one evaluates as part of its own computation (for example the two sides of a chain).</summary>
    public virtual IReadOnlyList<Feature> Children => [];

    /// <summary>Whether this object is a resolved copy whose properties hold the values of one sample.</summary>
    protected bool IsResolved => isResolved;

    /// <summary>Whether evaluating this feature adds its resolved properties to the ground truth of image outputs.</summary>
    protected internal virtual bool RecordsGroundTruth => true;

    internal ResolutionScope? Resolution => resolution;

    internal bool IsResolvedCopy => isResolved;

    /// <summary>Returns the features whose properties this feature's property rules read.</summary>
    /// <returns>The referenced features, in declaration order.</returns>
    public IReadOnlyList<Feature> GetPropertyReferences()
    {
        var references = new List<Feature>();
        CollectPropertyReferences(references);
        return references;
    }

    /// <inheritdoc />
    public virtual bool Equals(Feature? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    /// <summary>Generated: marks every generated property of a resolved copy as not yet resolved.</summary>
    protected virtual void ResetPropertyStates()
    {
    }

    /// <summary>Generated: resolves every generated property of a resolved copy.</summary>
    protected virtual void ResolvePropertyValues()
    {
    }

    /// <summary>Generated: adds the features read by the property rules.</summary>
    /// <param name="references">Receives the features.</param>
    protected virtual void CollectPropertyReferences(ICollection<Feature> references)
    {
    }

    /// <summary>Prints the properties (the generator overrides this with each property's rule).</summary>
    /// <param name="builder">The builder to print to.</param>
    /// <returns>Whether anything was printed.</returns>
    protected virtual bool PrintMembers(StringBuilder builder) => false;

    /// <summary>
    /// Reads a feature property by name (generated for every feature): how a sequential rule reads the value
    /// its property had in the previous frame.
    /// </summary>
    /// <param name="property">The property's name.</param>
    /// <returns>The value, boxed.</returns>
    protected virtual object? ReadProperty(string property)
        => throw new ArgumentException($"{Name} has no feature property '{property}'.", nameof(property));

    internal object? ReadPropertyByName(string property) => ReadProperty(property);

    /// <summary>
    /// Checks a resolved value and throws a <see cref="PropertyValueException"/> naming this feature,
    /// the property and the value when <paramref name="condition"/> is false.
    /// </summary>
    /// <param name="condition">Whether the value is allowed.</param>
    /// <param name="value">The value.</param>
    /// <param name="requirement">What the value must satisfy, e.g. "must be ≥ 0".</param>
    /// <param name="property">The property's name (filled in by the compiler).</param>
    protected void Require(bool condition, object? value, string requirement, [CallerArgumentExpression(nameof(value))] string property = "")
    {
        if (!condition)
        {
            throw new PropertyValueException(Name, property, value, requirement);
        }
    }

    internal Feature CreateResolved(ResolutionScope scope)
    {
        Feature copy = this with { };
        copy.resolution = scope;
        copy.ResetPropertyStates();
        copy.ResolvePropertyValues();
        copy.isResolved = true;
        copy.resolution = null;
        return copy;
    }
}
