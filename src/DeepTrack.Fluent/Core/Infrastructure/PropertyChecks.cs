using System;
using System.ComponentModel;
using System.Globalization;

namespace DeepTrack.Fluent.Infrastructure;

/// <summary>
/// Checks of resolved property values declared by validation attributes (<see cref="PositiveAttribute"/>,
/// <see cref="InRangeAttribute"/>, …). Called by generated code once a feature's properties are resolved;
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
        => Require(value > 0 && double.IsFinite(value), owner, property, value, "must be finite and > 0");

    /// <summary>Requires a finite length &gt; 0.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Positive(Feature owner, string property, Length value)
        => Require(value.Meters > 0 && double.IsFinite(value.Meters), owner, property, value, "must be finite and > 0");

    /// <summary>Requires a finite value ≥ 0.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void NonNegative(Feature owner, string property, double value)
        => Require(value >= 0 && double.IsFinite(value), owner, property, value, "must be finite and ≥ 0");

    /// <summary>Requires a finite length ≥ 0.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void NonNegative(Feature owner, string property, Length value)
        => Require(value.Meters >= 0 && double.IsFinite(value.Meters), owner, property, value, "must be finite and ≥ 0");

    /// <summary>Requires minimum ≤ value ≤ maximum.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    /// <param name="minimum">Smallest allowed value.</param>
    /// <param name="maximum">Largest allowed value.</param>
    public static void InRange(Feature owner, string property, double value, double minimum, double maximum)
        => Require(value >= minimum && value <= maximum, owner, property, value, $"must lie in [{Format(minimum)}, {Format(maximum)}]");

    /// <summary>Requires minimum ≤ value ≤ maximum, in metres.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    /// <param name="minimum">Smallest allowed value in metres.</param>
    /// <param name="maximum">Largest allowed value in metres.</param>
    public static void InRange(Feature owner, string property, Length value, double minimum, double maximum)
        => Require(value.Meters >= minimum && value.Meters <= maximum, owner, property, value, $"must lie in [{Length.FromMeters(minimum)}, {Length.FromMeters(maximum)}]");

    /// <summary>Requires a probability in [0, 1].</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Probability(Feature owner, string property, double value)
        => Require(value >= 0 && value <= 1, owner, property, value, "a probability must lie in [0, 1]");

    /// <summary>Requires an optical wavelength between 100 nm and 10 µm.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Wavelength(Feature owner, string property, Length value) => Wavelength(owner, property, value.Meters);

    /// <summary>Requires an optical wavelength between 100 nm and 10 µm, given in metres.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="meters">The resolved value in metres.</param>
    public static void Wavelength(Feature owner, string property, double meters)
        => Require(
            meters >= WavelengthAttribute.MinimumMeters && meters <= WavelengthAttribute.MaximumMeters,
            owner,
            property,
            Length.FromMeters(meters),
            "an optical wavelength must lie between 100 nm and 10 µm (write it with a unit, e.g. 633.Nanometers())");

    /// <summary>Requires value &lt; the value of another property.</summary>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    /// <param name="otherProperty">The bounding property's name.</param>
    /// <param name="other">The bounding property's resolved value.</param>
    public static void LessThan(Feature owner, string property, double value, string otherProperty, double other)
        => Require(value < other, owner, property, value, $"must be < {otherProperty} = {Format(other)}");

    /// <summary>Requires a named member of the enumeration (every enum-typed property gets this check).</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="owner">The feature.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="value">The resolved value.</param>
    public static void Defined<TEnum>(Feature owner, string property, TEnum value)
        where TEnum : struct, Enum
        => Require(Enum.IsDefined(value), owner, property, value, $"must be a defined {typeof(TEnum).Name}");

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

    /// <summary>Requires an optical wavelength between 100 nm and 10 µm when there is a value (null passes).</summary>
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

    /// <summary>Requires an optical wavelength in metres between 100 nm and 10 µm when there is a value (null passes).</summary>
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
        => Require(value.Meters < other.Meters, owner, property, value, $"must be < {otherProperty} = {other}");

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

    private static void Require(bool condition, Feature owner, string property, object value, string requirement)
    {
        if (!condition)
        {
            throw new PropertyValueException(owner.Name, property, value, requirement);
        }
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
