using System;
using System.Globalization;

namespace DeepTrack.Fluent;

/// <summary>Thrown when a property's value is not allowed; names the feature, the property and the value.</summary>
public sealed class PropertyValueException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="feature">The feature's name.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The value that is not allowed.</param>
    /// <param name="requirement">What the value must satisfy, e.g. "must be ≥ 0".</param>
    public PropertyValueException(string feature, string property, object? value, string requirement)
        : base($"{feature}.{property} = {Format(value)} is not allowed: {requirement}.", property)
    {
        FeatureName = feature;
        PropertyName = property;
        Value = value;
    }

    /// <summary>The feature's name.</summary>
    public string FeatureName { get; }

    /// <summary>The property's name.</summary>
    public string PropertyName { get; }

    /// <summary>The value that is not allowed.</summary>
    public object? Value { get; }

    private static string Format(object? value) => value switch
    {
        null => "null",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };
}
