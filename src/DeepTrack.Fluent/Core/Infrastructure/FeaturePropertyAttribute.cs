using System;
using System.ComponentModel;

namespace DeepTrack.Fluent.Infrastructure;

/// <summary>
/// Marks a property implemented by the feature generator, so that features derived in other
/// assemblies can wire inherited properties. Applied by generated code only.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FeaturePropertyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="hasDefault">Whether the declaration gives a default value.</param>
    public FeaturePropertyAttribute(bool hasDefault) => HasDefault = hasDefault;

    /// <summary>Whether the declaration gives a default value.</summary>
    public bool HasDefault { get; }
}
