using System;
using System.ComponentModel;
using DeepTrack.Fluent.Declarations;

namespace DeepTrack.Fluent.Infrastructure;

/// <summary>
/// Checks of resolved property values declared by validation attributes (<see cref="PositiveAttribute"/>,
/// <see cref="InRangeAttribute"/>, …), with the bounds and wording of the one validation catalogue that the generator
/// and the analyzers compile too. Called by generated code once a feature's properties are resolved;
/// a failure throws a <see cref="PropertyValueException"/> naming the feature, the property and the value.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PropertyChecks
{
    /// <summary>Requires a finite value &gt; 0 (a validation attribute never lets ±∞ or NaN through).</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Positive(Feature owner, string property, double value)
        => Check(ValidationCatalogue.Positive, owner, property, value, value);

    /// <summary>Requires a finite length &gt; 0.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Positive(Feature owner, string property, Length value)
        => Check(ValidationCatalogue.Positive, owner, property, value.Meters, value);

    /// <summary>Requires a finite value ≥ 0.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void NonNegative(Feature owner, string property, double value)
        => Check(ValidationCatalogue.NonNegative, owner, property, value, value);

    /// <summary>Requires a finite length ≥ 0.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void NonNegative(Feature owner, string property, Length value)
        => Check(ValidationCatalogue.NonNegative, owner, property, value.Meters, value);

    /// <summary>Requires minimum ≤ value ≤ maximum.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    /// <param name="minimum">Smallest allowed value.</param>
    /// <param name="maximum">Largest allowed value.</param>
    public static void InRange(Feature owner, string property, double value, double minimum, double maximum)
    {
        if (!ValidationCatalogue.InRangeAllows(value, minimum, maximum))
        {
            throw Violation(owner, property, value, ValidationCatalogue.InRangeRequirement(ValidationCatalogue.Format(minimum), ValidationCatalogue.Format(maximum)));
        }
    }

    /// <summary>Requires minimum ≤ value ≤ maximum, in metres.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    /// <param name="minimum">Smallest allowed value in metres.</param>
    /// <param name="maximum">Largest allowed value in metres.</param>
    public static void InRange(Feature owner, string property, Length value, double minimum, double maximum)
    {
        if (!ValidationCatalogue.InRangeAllows(value.Meters, minimum, maximum))
        {
            throw Violation(owner, property, value, ValidationCatalogue.InRangeRequirement(Length.FromMeters(minimum).ToString(), Length.FromMeters(maximum).ToString()));
        }
    }

    /// <summary>Requires a probability in [0, 1].</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Probability(Feature owner, string property, double value)
        => Check(ValidationCatalogue.Probability, owner, property, value, value);

    /// <summary>Requires an optical wavelength (<see cref="WavelengthAttribute.MinimumMeters"/> … <see cref="WavelengthAttribute.MaximumMeters"/>).</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Wavelength(Feature owner, string property, Length value) => Wavelength(owner, property, value.Meters);

    /// <summary>Requires an optical wavelength (<see cref="WavelengthAttribute.MinimumMeters"/> … <see cref="WavelengthAttribute.MaximumMeters"/>), given in metres.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="meters">The resolved value in metres.</param>
    public static void Wavelength(Feature owner, string property, double meters)
        => Check(ValidationCatalogue.Wavelength, owner, property, meters, Length.FromMeters(meters));

    /// <summary>Requires value &lt; the value of another property.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    /// <param name="otherProperty">The bounding property's name.</param>
    /// <param name="other">The bounding property's resolved value.</param>
    public static void LessThan(Feature owner, string property, double value, string otherProperty, double other)
    {
        if (!ValidationCatalogue.LessThanAllows(value, other))
        {
            throw Violation(owner, property, value, ValidationCatalogue.LessThanRequirement(otherProperty, ValidationCatalogue.Format(other)));
        }
    }

    /// <summary>Requires a named member of the enumeration (every enum-typed property gets this check).</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Defined<TEnum>(Feature owner, string property, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw Violation(owner, property, value, ValidationCatalogue.DefinedRequirement(typeof(TEnum).Name));
        }
    }

    /// <summary>Requires a named member of the enumeration, or null.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Defined<TEnum>(Feature owner, string property, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } defined)
        {
            Defined(owner, property, defined);
        }
    }

    /// <summary>Requires value &gt; 0 when there is a value (null passes).</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Positive(Feature owner, string property, double? value)
    {
        if (value is { } v)
        {
            Positive(owner, property, v);
        }
    }

    /// <summary>Requires a length &gt; 0 when there is a value (null passes).</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Positive(Feature owner, string property, Length? value)
    {
        if (value is { } v)
        {
            Positive(owner, property, v);
        }
    }

    /// <summary>Requires value ≥ 0 when there is a value (null passes).</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void NonNegative(Feature owner, string property, double? value)
    {
        if (value is { } v)
        {
            NonNegative(owner, property, v);
        }
    }

    /// <summary>Requires a length ≥ 0 when there is a value (null passes).</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void NonNegative(Feature owner, string property, Length? value)
    {
        if (value is { } v)
        {
            NonNegative(owner, property, v);
        }
    }

    /// <summary>Requires minimum ≤ value ≤ maximum when there is a value (null passes).</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    /// <param name="minimum">Smallest allowed value.</param>
    /// <param name="maximum">Largest allowed value.</param>
    public static void InRange(Feature owner, string property, double? value, double minimum, double maximum)
    {
        if (value is { } v)
        {
            InRange(owner, property, v, minimum, maximum);
        }
    }

    /// <summary>Requires minimum ≤ value ≤ maximum, in metres, when there is a value (null passes).</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    /// <param name="minimum">Smallest allowed value in metres.</param>
    /// <param name="maximum">Largest allowed value in metres.</param>
    public static void InRange(Feature owner, string property, Length? value, double minimum, double maximum)
    {
        if (value is { } v)
        {
            InRange(owner, property, v, minimum, maximum);
        }
    }

    /// <summary>Requires a probability in [0, 1] when there is a value (null passes).</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Probability(Feature owner, string property, double? value)
    {
        if (value is { } v)
        {
            Probability(owner, property, v);
        }
    }

    /// <summary>Requires an optical wavelength (<see cref="WavelengthAttribute.MinimumMeters"/> … <see cref="WavelengthAttribute.MaximumMeters"/>) when there is a value (null passes).</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Wavelength(Feature owner, string property, Length? value)
    {
        if (value is { } v)
        {
            Wavelength(owner, property, v);
        }
    }

    /// <summary>Requires an optical wavelength in metres (<see cref="WavelengthAttribute.MinimumMeters"/> … <see cref="WavelengthAttribute.MaximumMeters"/>) when there is a value (null passes).</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="meters">The resolved value in metres.</param>
    public static void Wavelength(Feature owner, string property, double? meters)
    {
        if (meters is { } v)
        {
            Wavelength(owner, property, v);
        }
    }

    /// <summary>Requires value &lt; the value of another property when both have a value (a null passes).</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    /// <param name="otherProperty">The bounding property's name.</param>
    /// <param name="other">The bounding property's resolved value.</param>
    public static void LessThan(Feature owner, string property, double? value, string otherProperty, double? other)
    {
        if (value is { } v && other is { } o)
        {
            LessThan(owner, property, v, otherProperty, o);
        }
    }

    /// <summary>Requires a length &lt; the length of another property.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    /// <param name="otherProperty">The bounding property's name.</param>
    /// <param name="other">The bounding property's resolved value.</param>
    public static void LessThan(Feature owner, string property, Length value, string otherProperty, Length other)
    {
        if (!ValidationCatalogue.LessThanAllows(value.Meters, other.Meters))
        {
            throw Violation(owner, property, value, ValidationCatalogue.LessThanRequirement(otherProperty, other.ToString()));
        }
    }

    /// <summary>Requires a length &lt; the length of another property when both have a value (a null passes).</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    /// <param name="otherProperty">The bounding property's name.</param>
    /// <param name="other">The bounding property's resolved value.</param>
    public static void LessThan(Feature owner, string property, Length? value, string otherProperty, Length? other)
    {
        if (value is { } v && other is { } o)
        {
            LessThan(owner, property, v, otherProperty, o);
        }
    }

    private static void Check<TValue>(ValidationRule rule, Feature owner, string property, double number, TValue value)
    {
        if (!rule.Allows(number))
        {
            throw Violation(owner, property, value, rule.Requirement);
        }
    }

    private static PropertyValueException Violation<TValue>(Feature owner, string property, TValue value, string requirement)
        => new(owner.Name, property, value, requirement);
}
