using System.Collections.Generic;
using System.Globalization;

namespace DeepTrack.Fluent.Declarations;

/// <summary>
/// The validation attributes, their bounds and the wording of a violation, written once and compiled into the
/// runtime (whose checks throw with this wording), the feature generator (which emits one check per attribute)
/// and the analyzers (which report out-of-range literals with this wording).
/// </summary>
internal static class ValidationCatalogue
{
    /// <summary>The namespace of the validation attributes.</summary>
    public const string AttributeNamespace = "DeepTrack.Fluent";

    /// <summary>The shortest optical wavelength <c>[Wavelength]</c> allows, in metres.</summary>
    public const double MinimumWavelengthMeters = 100e-9;

    /// <summary>The longest optical wavelength <c>[Wavelength]</c> allows, in metres.</summary>
    public const double MaximumWavelengthMeters = 10e-6;

    /// <summary>The name of <c>[InRange(minimum, maximum)]</c>: finite, minimum ≤ value ≤ maximum.</summary>
    public const string InRangeName = "InRange";

    /// <summary>The name of <c>[LessThan(nameof(Other))]</c>: value &lt; the other property's value.</summary>
    public const string LessThanName = "LessThan";

    /// <summary>The name of <c>[Meters]</c>: a double in metres (a unit hint for the analyzers; no runtime check).</summary>
    public const string MetersName = "Meters";

    /// <summary><c>[Positive]</c>: finite and &gt; 0.</summary>
    public static readonly ValidationRule Positive = new ValidationRule("Positive", 0, false, double.PositiveInfinity, false, true, "must be finite and > 0");

    /// <summary><c>[NonNegative]</c>: finite and ≥ 0.</summary>
    public static readonly ValidationRule NonNegative = new ValidationRule("NonNegative", 0, true, double.PositiveInfinity, false, true, "must be finite and ≥ 0");

    /// <summary><c>[Probability]</c>: in [0, 1] (numbers only).</summary>
    public static readonly ValidationRule Probability = new ValidationRule("Probability", 0, true, 1, true, false, "must lie in [0, 1]");

    /// <summary><c>[Wavelength]</c>: an optical wavelength between <see cref="MinimumWavelengthMeters"/> and <see cref="MaximumWavelengthMeters"/>.</summary>
    public static readonly ValidationRule Wavelength = new ValidationRule(
        "Wavelength",
        MinimumWavelengthMeters,
        true,
        MaximumWavelengthMeters,
        true,
        true,
        $"must lie between {Format(MinimumWavelengthMeters * 1e9)} nm and {Format(MaximumWavelengthMeters * 1e6)} µm; write it with a unit, e.g. 633.Nanometers()");

    /// <summary>The rules with fixed bounds.</summary>
    public static IReadOnlyList<ValidationRule> FixedRules { get; } = new[] { Positive, NonNegative, Probability, Wavelength };

    /// <summary>The names of every validation attribute (without "Attribute").</summary>
    public static IReadOnlyList<string> AttributeNames { get; } = new[] { Positive.Name, NonNegative.Name, Probability.Name, Wavelength.Name, InRangeName, LessThanName, MetersName };

    /// <summary>The metadata name of a validation attribute, e.g. "DeepTrack.Fluent.PositiveAttribute".</summary>
    /// <param name="name">The attribute's name without "Attribute".</param>
    /// <returns>The metadata name.</returns>
    public static string MetadataName(string name) => AttributeNamespace + "." + name + "Attribute";

    /// <summary>The rule with fixed bounds whose attribute has <paramref name="metadataName"/>, or null.</summary>
    /// <param name="metadataName">An attribute's metadata name.</param>
    /// <returns>The rule, or null.</returns>
    public static ValidationRule? FixedRule(string? metadataName)
    {
        foreach (var rule in FixedRules)
        {
            if (rule.AttributeMetadataName == metadataName)
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>Whether the attribute named <paramref name="name"/> may mark a <c>Length</c> property (numbers always may).</summary>
    /// <param name="name">The attribute's name without "Attribute".</param>
    /// <returns>True for every attribute except <c>[Probability]</c> and <c>[Meters]</c>.</returns>
    public static bool AppliesToLength(string name)
    {
        foreach (var rule in FixedRules)
        {
            if (rule.Name == name)
            {
                return rule.AppliesToLength;
            }
        }

        return name != MetersName;
    }

    /// <summary>Whether <c>[InRange(minimum, maximum)]</c> allows <paramref name="value"/>.</summary>
    /// <param name="value">The value (metres for a length).</param>
    /// <param name="minimum">The attribute's minimum.</param>
    /// <param name="maximum">The attribute's maximum.</param>
    /// <returns>True when finite and minimum ≤ value ≤ maximum.</returns>
    public static bool InRangeAllows(double value, double minimum, double maximum) => ValidationRule.Allows(value, minimum, true, maximum, true);

    /// <summary>The wording of an <c>[InRange]</c> violation.</summary>
    /// <param name="minimum">The minimum, formatted.</param>
    /// <param name="maximum">The maximum, formatted.</param>
    /// <returns>E.g. "must lie in [0, 10]".</returns>
    public static string InRangeRequirement(string minimum, string maximum) => $"must lie in [{minimum}, {maximum}]";

    /// <summary>The <c>[InRange(minimum, maximum)]</c> rule as a <see cref="ValidationRule"/>.</summary>
    /// <param name="minimum">The attribute's minimum.</param>
    /// <param name="maximum">The attribute's maximum.</param>
    /// <returns>The rule.</returns>
    public static ValidationRule InRange(double minimum, double maximum)
        => new ValidationRule(InRangeName, minimum, true, maximum, true, true, InRangeRequirement(Format(minimum), Format(maximum)));

    /// <summary>Whether <c>[LessThan]</c> allows <paramref name="value"/> below <paramref name="bound"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="bound">The other property's value.</param>
    /// <returns>True when value &lt; bound.</returns>
    public static bool LessThanAllows(double value, double bound) => value < bound;

    /// <summary>The wording of a <c>[LessThan]</c> violation.</summary>
    /// <param name="otherProperty">The bounding property's name.</param>
    /// <param name="bound">Its value, formatted.</param>
    /// <returns>E.g. "must be &lt; RefractiveIndexMedium = 1.33".</returns>
    public static string LessThanRequirement(string otherProperty, string bound) => $"must be < {otherProperty} = {bound}";

    /// <summary>The wording of a value outside its enumeration (every enum-typed property is checked).</summary>
    /// <param name="enumName">The enumeration's name.</param>
    /// <returns>E.g. "must be a defined Boundary".</returns>
    public static string DefinedRequirement(string enumName) => $"must be a defined {enumName}";

    /// <summary>Formats a bound briefly and culture-independently (six significant digits).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
