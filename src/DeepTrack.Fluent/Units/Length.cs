using System;
using System.Globalization;

namespace DeepTrack.Fluent;

/// <summary>
/// A physical length, stored in metres. Write it with a unit so that a wrong unit cannot slip through:
/// <c>633.Nanometers()</c>, <c>1.5.Micrometers()</c>, <c>Length.FromMeters(2e-6)</c>. A plain number is
/// not a <see cref="Length"/>, so <c>WithWavelength(633)</c> does not compile.
/// </summary>
/// <param name="Meters">The length in metres.</param>
public readonly record struct Length(double Meters) : IComparable<Length>, IFormattable
{
    /// <summary>Zero.</summary>
    public static Length Zero => default;

    /// <summary>The length in micrometres.</summary>
    public double Micrometers => Meters * 1e6;

    /// <summary>The length in nanometres.</summary>
    public double Nanometers => Meters * 1e9;

    /// <summary>A length in metres.</summary>
    /// <param name="meters">The value.</param>
    /// <returns>The length.</returns>
    public static Length FromMeters(double meters) => new(meters);

    /// <summary>A length in micrometres.</summary>
    /// <param name="micrometers">The value.</param>
    /// <returns>The length.</returns>
    public static Length FromMicrometers(double micrometers) => new(micrometers * 1e-6);

    /// <summary>A length in nanometres.</summary>
    /// <param name="nanometers">The value.</param>
    /// <returns>The length.</returns>
    public static Length FromNanometers(double nanometers) => new(nanometers * 1e-9);

    /// <inheritdoc />
    public int CompareTo(Length other) => Meters.CompareTo(other.Meters);

    /// <summary>Sum.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    /// <returns>a + b.</returns>
    public static Length operator +(Length a, Length b) => new(a.Meters + b.Meters);

    /// <summary>Difference.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    /// <returns>a − b.</returns>
    public static Length operator -(Length a, Length b) => new(a.Meters - b.Meters);

    /// <summary>Negation.</summary>
    /// <param name="a">The length.</param>
    /// <returns>−a.</returns>
    public static Length operator -(Length a) => new(-a.Meters);

    /// <summary>Scaling.</summary>
    /// <param name="a">The length.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>a × factor.</returns>
    public static Length operator *(Length a, double factor) => new(a.Meters * factor);

    /// <summary>Scaling.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="a">The length.</param>
    /// <returns>factor × a.</returns>
    public static Length operator *(double factor, Length a) => new(a.Meters * factor);

    /// <summary>Division by a number.</summary>
    /// <param name="a">The length.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>a ÷ divisor.</returns>
    public static Length operator /(Length a, double divisor) => new(a.Meters / divisor);

    /// <summary>Ratio of two lengths (a plain number).</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <returns>a ÷ b.</returns>
    public static double operator /(Length a, Length b) => a.Meters / b.Meters;

    /// <summary>Comparison.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    /// <returns>Whether a &lt; b.</returns>
    public static bool operator <(Length a, Length b) => a.Meters < b.Meters;

    /// <summary>Comparison.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    /// <returns>Whether a &gt; b.</returns>
    public static bool operator >(Length a, Length b) => a.Meters > b.Meters;

    /// <summary>Comparison.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    /// <returns>Whether a ≤ b.</returns>
    public static bool operator <=(Length a, Length b) => a.Meters <= b.Meters;

    /// <summary>Comparison.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    /// <returns>Whether a ≥ b.</returns>
    public static bool operator >=(Length a, Length b) => a.Meters >= b.Meters;

    /// <inheritdoc />
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats with the most readable unit (nm below 1 µm, µm below 1 mm, m otherwise).</summary>
    /// <param name="format">A numeric format for the value, or null.</param>
    /// <param name="formatProvider">The culture, or null for the invariant culture.</param>
    /// <returns>For example "633 nm".</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        formatProvider ??= CultureInfo.InvariantCulture;
        format ??= "G6";
        double magnitude = Math.Abs(Meters);
        return magnitude == 0 ? "0 m"
            : magnitude < 1e-6 ? Nanometers.ToString(format, formatProvider) + " nm"
            : magnitude < 1e-3 ? Micrometers.ToString(format, formatProvider) + " µm"
            : Meters.ToString(format, formatProvider) + " m";
    }
}
