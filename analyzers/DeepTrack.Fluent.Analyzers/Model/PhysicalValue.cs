using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DeepTrack.Fluent.Analyzers.Model;

/// <summary>A number known at compile time: a constant, or a <c>Length</c> written with a unit helper on a constant (in metres).</summary>
internal readonly struct PhysicalValue
{
    /// <summary>A plain number.</summary>
    /// <param name="number">The number.</param>
    public PhysicalValue(double number)
        : this(number, false, true)
    {
    }

    private PhysicalValue(double number, bool isLength, bool isPlainNumber)
    {
        Number = number;
        IsLength = isLength;
        IsPlainNumber = isPlainNumber;
    }

    /// <summary>The value; metres for a length.</summary>
    public double Number { get; }

    /// <summary>Whether the value is a <c>Length</c>.</summary>
    public bool IsLength { get; }

    /// <summary>Whether the value is a plain numeric constant (no unit written).</summary>
    public bool IsPlainNumber { get; }

    /// <summary>Reads a compile-time value from <paramref name="operation"/>.</summary>
    /// <param name="operation">The expression.</param>
    /// <param name="symbols">The known symbols.</param>
    /// <param name="value">The value read.</param>
    /// <returns>Whether the expression has a value known at compile time.</returns>
    public static bool TryRead(IOperation? operation, KnownSymbols symbols, out PhysicalValue value)
    {
        value = default;
        if (operation is null)
        {
            return false;
        }

        if (TryNumber(operation, out double number))
        {
            value = new PhysicalValue(number, false, true);
            return true;
        }

        operation = FluentChain.Unwrap(operation);
        if (symbols.Length is null || !SymbolEqualityComparer.Default.Equals(operation.Type, symbols.Length))
        {
            return false;
        }

        switch (operation)
        {
            case IInvocationOperation invocation when UnitFactor(invocation.TargetMethod.Name) is { } factor:
                var operand = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
                if (operand is not null && TryNumber(operand, out double amount))
                {
                    value = new PhysicalValue(amount * factor, true, false);
                    return true;
                }

                return false;
            case IObjectCreationOperation { Arguments.Length: 1 } creation when TryNumber(creation.Arguments[0].Value, out double meters):
                value = new PhysicalValue(meters, true, false);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reads a numeric constant.</summary>
    /// <param name="operation">The expression.</param>
    /// <param name="number">The constant as a double.</param>
    /// <returns>Whether it is a numeric constant.</returns>
    public static bool TryNumber(IOperation operation, out double number)
    {
        number = 0;
        if (!operation.ConstantValue.HasValue)
        {
            return false;
        }

        switch (operation.ConstantValue.Value)
        {
            case double d:
                number = d;
                return true;
            case float f:
                number = f;
                return true;
            case decimal m:
                number = (double)m;
                return true;
            case int or long or short or sbyte or byte or ushort or uint or ulong:
                number = Convert.ToDouble(operation.ConstantValue.Value, CultureInfo.InvariantCulture);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Prints the value for a message: a length with a readable unit, a number as written.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsLength ? FormatLength(Number) : Format(Number);

    /// <summary>Formats a number briefly and culture-independently.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The text.</returns>
    public static string Format(double number) => number.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Formats a length in metres with nm, µm, mm or m.</summary>
    /// <param name="meters">The length.</param>
    /// <returns>The text.</returns>
    public static string FormatLength(double meters)
    {
        double size = Math.Abs(meters);
        return size == 0 ? "0 m"
            : size < 1e-6 ? Format(meters * 1e9) + " nm"
            : size < 1e-3 ? Format(meters * 1e6) + " µm"
            : size < 1 ? Format(meters * 1e3) + " mm"
            : Format(meters) + " m";
    }

    private static double? UnitFactor(string name) => name switch
    {
        "Meters" or "FromMeters" => 1,
        "Millimeters" => 1e-3,
        "Micrometers" or "FromMicrometers" => 1e-6,
        "Nanometers" or "FromNanometers" => 1e-9,
        _ => null,
    };
}
