using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DeepTrack.Fluent.Analyzers.Model;

/// <summary>The range a property's values must lie in, as declared by its validation attributes.</summary>
internal sealed class PhysicalRange
{
    /// <summary>Shortest wavelength, in metres (matches WavelengthAttribute.MinimumMeters).</summary>
    public const double MinimumWavelength = 100e-9;

    /// <summary>Longest wavelength, in metres (matches WavelengthAttribute.MaximumMeters).</summary>
    public const double MaximumWavelength = 10e-6;

    private readonly List<(double Minimum, bool MinimumInclusive, double Maximum, string Requirement)> bounds = new();

    private PhysicalRange()
    {
    }

    /// <summary>Whether the property holds a wavelength.</summary>
    public bool IsWavelength { get; private set; }

    /// <summary>Whether the property holds a length in metres as a double.</summary>
    public bool IsMeters { get; private set; }

    /// <summary>The name of the property this one must stay below, if any.</summary>
    public string? LessThan { get; private set; }

    /// <summary>Whether there is anything to check.</summary>
    public bool IsEmpty => bounds.Count == 0 && !IsMeters && LessThan is null;

    /// <summary>Reads the validation attributes of <paramref name="property"/>.</summary>
    /// <param name="property">The property.</param>
    /// <param name="symbols">The known symbols.</param>
    /// <returns>The declared range.</returns>
    public static PhysicalRange Of(IPropertySymbol property, KnownSymbols symbols)
    {
        var range = new PhysicalRange();
        foreach (var attribute in (property.PartialDefinitionPart ?? property).GetAttributes())
        {
            var type = attribute.AttributeClass;
            if (Is(type, symbols.PositiveAttribute))
            {
                range.bounds.Add((0, false, double.PositiveInfinity, "must be > 0 ([Positive])"));
            }
            else if (Is(type, symbols.NonNegativeAttribute))
            {
                range.bounds.Add((0, true, double.PositiveInfinity, "must be ≥ 0 ([NonNegative])"));
            }
            else if (Is(type, symbols.ProbabilityAttribute))
            {
                range.bounds.Add((0, true, 1, "must lie in [0, 1] ([Probability])"));
            }
            else if (Is(type, symbols.WavelengthAttribute))
            {
                range.IsWavelength = true;
                range.bounds.Add((MinimumWavelength, true, MaximumWavelength, "must lie between 100 nm and 10 µm ([Wavelength])"));
            }
            else if (Is(type, symbols.MetersAttribute))
            {
                range.IsMeters = true;
            }
            else if (Is(type, symbols.InRangeAttribute) && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is double minimum && attribute.ConstructorArguments[1].Value is double maximum && minimum <= maximum)
            {
                range.bounds.Add((minimum, true, maximum, $"must lie in [{PhysicalValue.Format(minimum)}, {PhysicalValue.Format(maximum)}] ([InRange])"));
            }
            else if (Is(type, symbols.LessThanAttribute) && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string other)
            {
                range.LessThan = other;
            }
        }

        return range;
    }

    /// <summary>The requirement that <paramref name="value"/> breaks, or null when it fits.</summary>
    /// <param name="value">The value (metres for a length).</param>
    /// <returns>The requirement, e.g. "must be &gt; 0 ([Positive])".</returns>
    public string? Violation(double value)
    {
        foreach (var (minimum, inclusive, maximum, requirement) in bounds)
        {
            if (double.IsNaN(value) || value < minimum || (!inclusive && value == minimum) || value > maximum)
            {
                return requirement;
            }
        }

        return null;
    }

    /// <summary>The requirement that the interval [<paramref name="low"/>, <paramref name="high"/>] of possible draws breaks, or null.</summary>
    /// <param name="low">Smallest possible draw.</param>
    /// <param name="high">Largest possible draw.</param>
    /// <returns>The requirement, or null.</returns>
    public string? Violation(double low, double high)
    {
        foreach (var (minimum, _, maximum, requirement) in bounds)
        {
            if (low < minimum || high > maximum)
            {
                return requirement;
            }
        }

        return null;
    }

    private static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
