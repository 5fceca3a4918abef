using System;

namespace DeepTrack.Fluent;

/// <summary>
/// The property must be strictly less than another property of the same feature (for example the
/// numerical aperture must be below the refractive index of the medium). Checked for literals in one
/// fluent chain at compile time and for every resolved value.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class LessThanAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="otherProperty">The name of the property that bounds this one (use <c>nameof</c>).</param>
    public LessThanAttribute(string otherProperty) => OtherProperty = otherProperty;

    /// <summary>The name of the property that bounds this one.</summary>
    public string OtherProperty { get; }
}
