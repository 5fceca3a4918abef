using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace DeepTrack.Fluent.Datasets.Npy;

/// <summary>
/// The header of an <c>.npy</c> file (NumPy format version 1.0, or 2.0 when the header needs more than 65,535
/// bytes): the magic string <c>\x93NUMPY</c>, the version, the header length, and a Python dict literal with
/// <c>'descr'</c>, <c>'fortran_order'</c> and <c>'shape'</c>, padded with spaces and ended by <c>'\n'</c> so that the
/// data starts at a multiple of 64 bytes.
/// </summary>
/// <remarks>
/// Written as NumPy 1.24 and later write it, byte for byte: keys sorted, <c>repr</c> of each value, the 21-digit
/// room NumPy leaves after the dict so that the first axis can grow in place, then the padding. The data follows in
/// C order (last index fastest), each element in <see cref="DType"/>'s byte order.
/// </remarks>
/// <param name="DType">The element type.</param>
/// <param name="Shape">The dimensions; empty for a scalar.</param>
/// <param name="FortranOrder">Whether the data is in Fortran order (first index fastest); this library writes C order only.</param>
public sealed record NpyHeader(NpyDType DType, IReadOnlyList<long> Shape, bool FortranOrder = false)
{
    /// <summary>The six bytes every <c>.npy</c> file starts with.</summary>
    public static ReadOnlySpan<byte> Magic => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    private const int Alignment = 64;

    // NumPy's GROWTH_AXIS_MAX_DIGITS: room for the first axis to grow to any 64-bit length without moving the data.
    private const int GrowthDigits = 21;

    /// <summary>Number of elements (the product of the dimensions; 1 for a scalar).</summary>
    public long ElementCount => Shape.Aggregate(1L, (product, dimension) => checked(product * dimension));

    /// <summary>Bytes of data after the header.</summary>
    public long DataLength => checked(ElementCount * DType.ItemSize);

    /// <summary>The dict literal without padding, e.g. <c>{'descr': '&lt;f8', 'fortran_order': False, 'shape': (2, 3), }</c>.</summary>
    public string Dictionary
        => string.Create(CultureInfo.InvariantCulture, $"{{'descr': '{DType.Descr}', 'fortran_order': {(FortranOrder ? "True" : "False")}, 'shape': {ShapeLiteral()}, }}");

    /// <summary>The whole header: magic, version, length, dict, padding and newline; its length is a multiple of 64.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToBytes()
    {
        foreach (long dimension in Shape)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(dimension, nameof(Shape));
        }

        string text = Dictionary;
        if (Shape.Count > 0)
        {
            long growing = FortranOrder ? Shape[^1] : Shape[0];
            text += new string(' ', GrowthDigits - growing.ToString(CultureInfo.InvariantCulture).Length);
        }

        // Version 1.0 stores the header length in two bytes; a longer header needs version 2.0 (four bytes).
        byte[] dict = Encoding.Latin1.GetBytes(text);
        int major = 1, lengthBytes = 2;
        int padding = Padding(dict.Length, lengthBytes);
        if (dict.Length + padding + 1 > ushort.MaxValue)
        {
            major = 2;
            lengthBytes = 4;
            padding = Padding(dict.Length, lengthBytes);
        }

        int headerLength = dict.Length + padding + 1;
        var bytes = new byte[Magic.Length + 2 + lengthBytes + headerLength];
        Magic.CopyTo(bytes);
        bytes[6] = (byte)major;
        bytes[7] = 0;
        if (lengthBytes == 2)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)headerLength);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), (uint)headerLength);
        }

        int offset = 8 + lengthBytes;
        dict.CopyTo(bytes, offset);
        bytes.AsSpan(offset + dict.Length, padding).Fill((byte)' ');
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    /// <summary>Reads a header and leaves <paramref name="stream"/> at the first data byte.</summary>
    /// <param name="stream">The stream, at the start of an <c>.npy</c> file.</param>
    /// <returns>The header.</returns>
    /// <exception cref="FormatException">When the bytes are not an <c>.npy</c> header of a type this library reads.</exception>
    public static NpyHeader Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> prefix = stackalloc byte[8];
        ReadExactly(stream, prefix, "the magic string and version");
        if (!prefix[..6].SequenceEqual(Magic))
        {
            throw new FormatException("Not a NumPy .npy file: it does not start with \\x93NUMPY.");
        }

        int major = prefix[6];
        if (major is < 1 or > 3 || prefix[7] != 0)
        {
            throw new FormatException($"NumPy format version {major}.{prefix[7]} is not one of 1.0, 2.0 and 3.0.");
        }

        Span<byte> length = stackalloc byte[major == 1 ? 2 : 4];
        ReadExactly(stream, length, "the header length");
        long headerLength = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(length) : BinaryPrimitives.ReadUInt32LittleEndian(length);
        if (headerLength > 100_000_000)
        {
            throw new FormatException($"A header of {headerLength} bytes is not plausible.");
        }

        var header = new byte[headerLength];
        ReadExactly(stream, header, "the header");
        string text = (major == 3 ? Encoding.UTF8 : Encoding.Latin1).GetString(header);
        return Parse(text);
    }

    /// <summary>Parses the dict literal of a header.</summary>
    /// <param name="text">The header text (padding and newline allowed).</param>
    /// <returns>The header.</returns>
    /// <exception cref="FormatException">When a key is missing or a value is not what NumPy writes.</exception>
    public static NpyHeader Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new HeaderDictParser(text).ParseDict();
        string descr = values.TryGetValue("descr", out var d) && d is string s
            ? s
            : throw new FormatException("The header has no 'descr' string (structured types are not read).");
        bool fortran = values.TryGetValue("fortran_order", out var f) && f is bool b
            ? b
            : throw new FormatException("The header has no 'fortran_order' True or False.");
        var shape = values.TryGetValue("shape", out var t) && t is List<long> list
            ? list
            : throw new FormatException("The header has no 'shape' tuple.");
        return new NpyHeader(NpyDType.Parse(descr), shape, fortran);
    }

    /// <inheritdoc />
    public bool Equals(NpyHeader? other)
        => other is not null && DType == other.DType && FortranOrder == other.FortranOrder && Shape.SequenceEqual(other.Shape);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DType, FortranOrder, Shape.Count);

    private string ShapeLiteral() => Shape.Count switch
    {
        0 => "()",
        1 => string.Create(CultureInfo.InvariantCulture, $"({Shape[0]},)"),
        _ => "(" + string.Join(", ", Shape.Select(x => x.ToString(CultureInfo.InvariantCulture))) + ")",
    };

    // NumPy pads with spaces so that magic (6) + version (2) + length field + dict + padding + '\n' is a multiple of 64;
    // when it already is one, NumPy still adds 64 spaces, and so does this.
    private static int Padding(int dictLength, int lengthBytes) => Alignment - ((8 + lengthBytes + dictLength + 1) % Alignment);

    private static void ReadExactly(Stream stream, Span<byte> buffer, string what)
    {
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException)
        {
            throw new FormatException($"The .npy file ends inside {what}.");
        }
    }
}
