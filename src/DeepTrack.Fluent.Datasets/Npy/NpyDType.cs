using System;
using System.Globalization;
using System.Numerics;

namespace DeepTrack.Fluent.Datasets.Npy;

/// <summary>
/// A NumPy data type as the <c>descr</c> field of an <c>.npy</c> header writes it: a byte-order character
/// (<c>&lt;</c> little-endian, <c>|</c> not applicable), a kind character and the item size in bytes, e.g. <c>&lt;f8</c>.
/// </summary>
/// <remarks>Every multi-byte type here is little-endian, the byte order of the machines .NET runs on.</remarks>
public readonly record struct NpyDType
{
    private NpyDType(string descr, int itemSize)
    {
        Descr = descr;
        ItemSize = itemSize;
    }

    /// <summary>The <c>descr</c> string, e.g. <c>&lt;f8</c>.</summary>
    public string Descr { get; }

    /// <summary>Bytes per element.</summary>
    public int ItemSize { get; }

    /// <summary><c>&lt;f8</c>: 64-bit IEEE floating point (<see cref="double"/>).</summary>
    public static NpyDType Float64 { get; } = new("<f8", 8);

    /// <summary><c>&lt;f4</c>: 32-bit IEEE floating point (<see cref="float"/>).</summary>
    public static NpyDType Float32 { get; } = new("<f4", 4);

    /// <summary><c>&lt;f2</c>: 16-bit IEEE floating point (<see cref="Half"/>).</summary>
    public static NpyDType Float16 { get; } = new("<f2", 2);

    /// <summary><c>&lt;c16</c>: complex of two 64-bit floats, real part first (<see cref="Complex"/>).</summary>
    public static NpyDType Complex128 { get; } = new("<c16", 16);

    /// <summary><c>|u1</c>: unsigned byte.</summary>
    public static NpyDType UInt8 { get; } = new("|u1", 1);

    /// <summary><c>|i1</c>: signed byte.</summary>
    public static NpyDType Int8 { get; } = new("|i1", 1);

    /// <summary><c>&lt;u2</c>: unsigned 16-bit integer.</summary>
    public static NpyDType UInt16 { get; } = new("<u2", 2);

    /// <summary><c>&lt;i2</c>: signed 16-bit integer.</summary>
    public static NpyDType Int16 { get; } = new("<i2", 2);

    /// <summary><c>&lt;u4</c>: unsigned 32-bit integer.</summary>
    public static NpyDType UInt32 { get; } = new("<u4", 4);

    /// <summary><c>&lt;i4</c>: signed 32-bit integer.</summary>
    public static NpyDType Int32 { get; } = new("<i4", 4);

    /// <summary><c>&lt;u8</c>: unsigned 64-bit integer.</summary>
    public static NpyDType UInt64 { get; } = new("<u8", 8);

    /// <summary><c>&lt;i8</c>: signed 64-bit integer.</summary>
    public static NpyDType Int64 { get; } = new("<i8", 8);

    /// <summary><c>|b1</c>: boolean, one byte per element (0 or 1).</summary>
    public static NpyDType Bool { get; } = new("|b1", 1);

    /// <summary><c>|S<i>n</i></c>: byte strings of <paramref name="length"/> bytes each, padded with zero bytes (NumPy strips them on reading).</summary>
    /// <param name="length">Bytes per string (≥ 1).</param>
    /// <returns>The type.</returns>
    public static NpyDType Bytes(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        return new("|S" + length.ToString(CultureInfo.InvariantCulture), length);
    }

    /// <summary>The type of .NET elements of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">double, float, Half, Complex, byte, sbyte, short, ushort, int, uint, long, ulong or bool.</typeparam>
    /// <returns>The type.</returns>
    /// <exception cref="NotSupportedException">For any other type.</exception>
    public static NpyDType Of<T>()
        where T : unmanaged
        => TryOf(typeof(T), out var type)
            ? type
            : throw new NotSupportedException($"{typeof(T).Name} has no NumPy type here; use double, float, Half, Complex, an integer type or bool.");

    /// <summary>Parses a <c>descr</c> string of one of the types above.</summary>
    /// <param name="descr">For example <c>&lt;f8</c> or <c>|S12</c>.</param>
    /// <returns>The type.</returns>
    /// <exception cref="FormatException">For a type this library does not read (big-endian, structured, object…).</exception>
    public static NpyDType Parse(string descr)
    {
        ArgumentNullException.ThrowIfNull(descr);
        foreach (var known in All)
        {
            if (known.Descr == descr)
            {
                return known;
            }
        }

        if (descr.StartsWith("|S", StringComparison.Ordinal)
            && int.TryParse(descr.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out int length)
            && length >= 1)
        {
            return Bytes(length);
        }

        throw new FormatException($"NumPy type '{descr}' is not one this library reads (little-endian numbers, complex128, bool and byte strings).");
    }

    /// <inheritdoc />
    public override string ToString() => Descr;

    private static NpyDType[] All => [Float64, Float32, Float16, Complex128, UInt8, Int8, UInt16, Int16, UInt32, Int32, UInt64, Int64, Bool];

    internal static bool TryOf(Type type, out NpyDType dtype)
    {
        dtype = type == typeof(double) ? Float64
            : type == typeof(float) ? Float32
            : type == typeof(Half) ? Float16
            : type == typeof(Complex) ? Complex128
            : type == typeof(byte) ? UInt8
            : type == typeof(sbyte) ? Int8
            : type == typeof(ushort) ? UInt16
            : type == typeof(short) ? Int16
            : type == typeof(uint) ? UInt32
            : type == typeof(int) ? Int32
            : type == typeof(ulong) ? UInt64
            : type == typeof(long) ? Int64
            : type == typeof(bool) ? Bool
            : default;
        return dtype.Descr is not null;
    }
}
