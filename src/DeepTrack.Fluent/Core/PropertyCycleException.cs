using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>Thrown when a property depends on itself, directly or through other properties.</summary>
public sealed class PropertyCycleException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="feature">The feature's name.</param>
    /// <param name="cycle">The properties along the cycle, ending with the one that closes it.</param>
    public PropertyCycleException(string feature, IReadOnlyList<string> cycle)
        : base($"{feature}: property cycle {string.Join(" → ", cycle)}; a property cannot depend on itself.")
    {
        FeatureName = feature;
        Cycle = cycle;
    }

    /// <summary>The feature's name.</summary>
    public string FeatureName { get; }

    /// <summary>The properties along the cycle.</summary>
    public IReadOnlyList<string> Cycle { get; }
}
