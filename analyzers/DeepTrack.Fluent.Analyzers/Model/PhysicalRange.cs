using System.Collections.Generic;
using DeepTrack.Fluent.Declarations;
using Microsoft.CodeAnalysis;

namespace DeepTrack.Fluent.Analyzers.Model;

/// <summary>The range a property's values must lie in, as declared by its validation attributes (bounds and wording from <see cref="ValidationCatalogue"/>).</summary>
internal sealed class PhysicalRange
{
    private readonly List<ValidationRule> rules = new();

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
    public bool IsEmpty => rules.Count == 0 && !IsMeters && LessThan is null;

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
            if (ValidationCatalogue.FixedRule(type?.ToDisplayString()) is { } rule)
            {
                range.IsWavelength |= rule == ValidationCatalogue.Wavelength;
                range.rules.Add(rule);
            }
            else if (Is(type, symbols.MetersAttribute))
            {
                range.IsMeters = true;
            }
            else if (Is(type, symbols.InRangeAttribute) && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is double minimum && attribute.ConstructorArguments[1].Value is double maximum && minimum <= maximum)
            {
                range.rules.Add(ValidationCatalogue.InRange(minimum, maximum));
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
    /// <returns>The requirement with the attribute, e.g. "must be finite and &gt; 0 ([Positive])".</returns>
    public string? Violation(double value)
    {
        foreach (var rule in rules)
        {
            if (!rule.Allows(value))
            {
                return Wording(rule);
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
        foreach (var rule in rules)
        {
            if (!rule.AllowsDraws(low, high))
            {
                return Wording(rule);
            }
        }

        return null;
    }

    /// <summary>The catalogue's wording of a violation, followed by the attribute that declares it.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>E.g. "must be finite and &gt; 0 ([Positive])".</returns>
    public static string Wording(ValidationRule rule) => Wording(rule.Requirement, rule.Name);

    /// <summary>A requirement followed by the attribute that declares it.</summary>
    /// <param name="requirement">The catalogue's wording.</param>
    /// <param name="attribute">The attribute's name without "Attribute".</param>
    /// <returns>E.g. "must be &lt; MediumIndex = 1.33 ([LessThan])".</returns>
    public static string Wording(string requirement, string attribute) => $"{requirement} ([{attribute}])";

    private static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
