using System;
using System.Globalization;

namespace DeepTrack.Fluent;

/// <summary>An angle, stored in radians. Write it with a unit: <c>30.Degrees()</c>, <c>0.5.Radians()</c>.</summary>
/// <param name="Radians">The angle in radians.</param>
public readonly record struct Angle(double Radians) : IComparable<Angle>
{
    /// <summary>The angle in degrees.</summary>
    public double Degrees => Radians * (180 / Math.PI);

    /// <summary>An angle in degrees.</summary>
    /// <param name="degrees">The value.</param>
    /// <returns>The angle.</returns>
    public static Angle FromDegrees(double degrees) => new(degrees * (Math.PI / 180));

    /// <inheritdoc />
    public int CompareTo(Angle other) => Radians.CompareTo(other.Radians);

    /// <summary>Sum.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    /// <returns>a + b.</returns>
    public static Angle operator +(Angle a, Angle b) => new(a.Radians + b.Radians);

    /// <summary>Difference.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    /// <returns>a − b.</returns>
    public static Angle operator -(Angle a, Angle b) => new(a.Radians - b.Radians);

    /// <summary>Scaling.</summary>
    /// <param name="a">The angle.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>a × factor.</returns>
    public static Angle operator *(Angle a, double factor) => new(a.Radians * factor);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Degrees:G6}°");
}
