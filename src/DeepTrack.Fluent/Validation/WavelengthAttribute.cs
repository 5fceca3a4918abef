using System;

namespace DeepTrack.Fluent;

/// <summary>
/// The property is an optical wavelength between 100 nm and 10 µm (a <see cref="Length"/>, or a double in
/// metres). Checked for literals at compile time (a literal like 633 where metres are expected is flagged as
/// a wrong unit) and for every resolved value.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WavelengthAttribute : Attribute
{
    /// <summary>Shortest allowed wavelength, in metres.</summary>
    public const double MinimumMeters = Declarations.ValidationCatalogue.MinimumWavelengthMeters;

    /// <summary>Longest allowed wavelength, in metres.</summary>
    public const double MaximumMeters = Declarations.ValidationCatalogue.MaximumWavelengthMeters;
}
