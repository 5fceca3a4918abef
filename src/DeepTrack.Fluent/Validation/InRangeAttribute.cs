using System;

namespace DeepTrack.Fluent;

/// <summary>The property must lie in [<see cref="Minimum"/>, <see cref="Maximum"/>] (for a <see cref="Length"/>: in metres). Checked for literals at compile time and for every resolved value.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InRangeAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="minimum">Smallest allowed value.</param>
    /// <param name="maximum">Largest allowed value.</param>
    public InRangeAttribute(double minimum, double maximum)
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Smallest allowed value.</summary>
    public double Minimum { get; }

    /// <summary>Largest allowed value.</summary>
    public double Maximum { get; }
}
