using System;
using DeepTrack.Fluent.Declarations;

namespace DeepTrack.Fluent.Analyzers.Model;

/// <summary>Guesses the unit a plain number was meant in, for lengths written without one.</summary>
internal static class UnitGuess
{
    /// <summary>The unit helper for a plain number given to a double property in metres, or null when the number is plausible in metres.</summary>
    /// <param name="value">The number written.</param>
    /// <param name="range">The property's declared range.</param>
    /// <returns>"Nanometers", "Micrometers" or null.</returns>
    public static string? ForMeters(double value, PhysicalRange range)
    {
        if (range.IsWavelength)
        {
            if (range.Violation(value) is null)
            {
                return null;
            }

            return IsWavelength(value * 1e-9) ? "Nanometers" : IsWavelength(value * 1e-6) ? "Micrometers" : null;
        }

        double size = Math.Abs(value);
        return !range.IsMeters || size < 1e-2 ? null : size >= 100 ? "Nanometers" : "Micrometers";
    }

    /// <summary>The unit helper for a plain number given where a <c>Length</c> is expected.</summary>
    /// <param name="value">The number written.</param>
    /// <param name="range">The property's declared range.</param>
    /// <returns>"Nanometers", "Micrometers" or "Meters".</returns>
    public static string ForLength(double value, PhysicalRange range)
    {
        if (range.IsWavelength)
        {
            if (IsWavelength(value * 1e-9))
            {
                return "Nanometers";
            }

            if (IsWavelength(value * 1e-6))
            {
                return "Micrometers";
            }
        }

        double size = Math.Abs(value);
        return size >= 100 ? "Nanometers" : size >= 1e-2 ? "Micrometers" : "Meters";
    }

    /// <summary>The unit's name in a message.</summary>
    /// <param name="helper">The unit helper's name.</param>
    /// <returns>"nanometres", "micrometres" or "metres".</returns>
    public static string Word(string helper) => helper switch
    {
        "Nanometers" => "nanometres",
        "Micrometers" => "micrometres",
        _ => "metres",
    };

    private static bool IsWavelength(double meters) => ValidationCatalogue.Wavelength.Allows(meters);
}
