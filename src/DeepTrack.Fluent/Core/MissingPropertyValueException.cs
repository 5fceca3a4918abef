using System;

namespace DeepTrack.Fluent;

/// <summary>Thrown when a property with no default was never given a value.</summary>
public sealed class MissingPropertyValueException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="feature">The feature's name.</param>
    /// <param name="property">The property's name.</param>
    public MissingPropertyValueException(string feature, string property)
        : base($"{feature}.{property} has no default and was never given a value: set it with With{property}(...) or in an object initializer.")
    {
        FeatureName = feature;
        PropertyName = property;
    }

    /// <summary>The feature's name.</summary>
    public string FeatureName { get; }

    /// <summary>The property's name.</summary>
    public string PropertyName { get; }
}
