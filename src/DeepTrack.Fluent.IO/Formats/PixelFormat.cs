using System;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;

namespace DeepTrack.Fluent.IO.Formats;

/// <summary>A pixel type that files can store: its .NET type, bit depth and kind, and which other types hold its values exactly.</summary>
internal sealed record PixelFormat(Type Type, int Bits, PixelKind Kind, string OmeName)
{
    public static readonly PixelFormat[] All =
    [
        new(typeof(byte), 8, PixelKind.Unsigned, "uint8"),
        new(typeof(sbyte), 8, PixelKind.Signed, "int8"),
        new(typeof(ushort), 16, PixelKind.Unsigned, "uint16"),
        new(typeof(short), 16, PixelKind.Signed, "int16"),
        new(typeof(uint), 32, PixelKind.Unsigned, "uint32"),
        new(typeof(int), 32, PixelKind.Signed, "int32"),
        new(typeof(float), 32, PixelKind.Float, "float"),
        new(typeof(double), 64, PixelKind.Float, "double"),
    ];

    public int Bytes => Bits / 8;

    /// <summary>A description for messages, e.g. "16-bit unsigned integer".</summary>
    public string Description => Kind switch
    {
        PixelKind.Unsigned => $"{Bits}-bit unsigned integer",
        PixelKind.Signed => $"{Bits}-bit signed integer",
        _ => $"{Bits}-bit float",
    };

    /// <summary>The list of supported .NET pixel types, for messages.</summary>
    public static string SupportedTypes => string.Join(", ", All.Select(f => f.Type.Name));

    public static PixelFormat? Find(Type type) => Array.Find(All, f => f.Type == type);

    public static PixelFormat? Find(int bits, PixelKind kind) => Array.Find(All, f => f.Bits == bits && f.Kind == kind);

    /// <summary>The format of <typeparamref name="T"/>, or a <see cref="NotSupportedException"/> that lists the supported ones.</summary>
    public static PixelFormat Of<T>(string what)
        => Find(typeof(T)) ?? throw new NotSupportedException($"{what} cannot hold {typeof(T).Name} pixels; the supported pixel types are {SupportedTypes}.");

    /// <summary>Whether every value of <paramref name="source"/> is exactly a value of this type.</summary>
    public bool HoldsExactly(PixelFormat source) => (Kind, source.Kind) switch
    {
        _ when source == this => true,
        (PixelKind.Float, PixelKind.Float) => Bits >= source.Bits,
        (PixelKind.Float, _) => source.Bits <= (Bits == 64 ? 32 : 16),
        (PixelKind.Unsigned, PixelKind.Unsigned) => Bits >= source.Bits,
        (PixelKind.Signed, PixelKind.Unsigned) => Bits > source.Bits,
        (PixelKind.Signed, PixelKind.Signed) => Bits >= source.Bits,
        _ => false,
    };

    /// <summary>Converts native-endian samples of this format into <typeparamref name="T"/> (which must hold them exactly).</summary>
    public void Convert<T>(ReadOnlySpan<byte> samples, Span<T> destination)
        where T : unmanaged, INumberBase<T>
    {
        if (Type == typeof(T))
        {
            MemoryMarshal.Cast<byte, T>(samples).CopyTo(destination);
            return;
        }

        switch (Type.Name)
        {
            case nameof(Byte): Widen<byte, T>(samples, destination); break;
            case nameof(SByte): Widen<sbyte, T>(samples, destination); break;
            case nameof(UInt16): Widen<ushort, T>(samples, destination); break;
            case nameof(Int16): Widen<short, T>(samples, destination); break;
            case nameof(UInt32): Widen<uint, T>(samples, destination); break;
            case nameof(Int32): Widen<int, T>(samples, destination); break;
            case nameof(Single): Widen<float, T>(samples, destination); break;
            default: Widen<double, T>(samples, destination); break;
        }
    }

    private static void Widen<TSource, T>(ReadOnlySpan<byte> samples, Span<T> destination)
        where TSource : unmanaged, INumberBase<TSource>
        where T : unmanaged, INumberBase<T>
    {
        var source = MemoryMarshal.Cast<byte, TSource>(samples);
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = T.CreateChecked(source[i]);
        }
    }
}
