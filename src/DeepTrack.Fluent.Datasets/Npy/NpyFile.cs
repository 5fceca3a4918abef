using System;
using System.Collections.Generic;
using System.IO;
using System.Numerics;
using System.Runtime.InteropServices;

namespace DeepTrack.Fluent.Datasets.Npy;

/// <summary>
/// NumPy <c>.npy</c> files: one array, a header (<see cref="NpyHeader"/>) and the elements in C order. Files written
/// here are byte-identical to what <c>numpy.save</c> (1.24 and later) writes for the same array.
/// </summary>
/// <remarks>
/// The format is small and fully specified (numpy.lib.format), and no maintained .NET package writes it byte for byte
/// as NumPy does, so it is written here; the tests check it against bytes built by hand from the specification.
/// </remarks>
public static class NpyFile
{
    /// <summary>Writes an array.</summary>
    /// <typeparam name="T">An element type with a NumPy type (<see cref="NpyDType.Of{T}"/>).</typeparam>
    /// <param name="stream">The stream written to.</param>
    /// <param name="data">The elements in C order (last index fastest).</param>
    /// <param name="shape">The dimensions; their product must be the number of elements. None for a scalar.</param>
    public static void Write<T>(Stream stream, ReadOnlySpan<T> data, params ReadOnlySpan<long> shape)
        where T : unmanaged
    {
        var header = new NpyHeader(NpyDType.Of<T>(), shape.ToArray());
        if (header.ElementCount != data.Length)
        {
            throw new ArgumentException($"{data.Length} elements do not fill shape ({string.Join(", ", header.Shape)}).", nameof(data));
        }

        WriteBytes(stream, header, MemoryMarshal.AsBytes(data));
    }

    /// <summary>Writes an array to a file (created or replaced).</summary>
    /// <typeparam name="T">An element type with a NumPy type.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="data">The elements in C order.</param>
    /// <param name="shape">The dimensions.</param>
    public static void Write<T>(string path, ReadOnlySpan<T> data, params ReadOnlySpan<long> shape)
        where T : unmanaged
    {
        using var stream = File.Create(path);
        Write(stream, data, shape);
    }

    /// <summary>Writes an image: shape (height, width), or (depth, height, width) for a 3-D image, which is its memory order.</summary>
    /// <typeparam name="T">The pixel type.</typeparam>
    /// <param name="stream">The stream written to.</param>
    /// <param name="image">The image.</param>
    public static void Write<T>(Stream stream, Image<T> image)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Rank == 2)
        {
            Write(stream, image.AsReadOnlySpan(), image.Height, image.Width);
        }
        else
        {
            Write(stream, image.AsReadOnlySpan(), image.Depth, image.Height, image.Width);
        }
    }

    /// <summary>Writes byte strings as one <c>|S<i>n</i></c> array, <i>n</i> being the longest string's length (at least 1).</summary>
    /// <param name="stream">The stream written to.</param>
    /// <param name="strings">The strings (UTF-8 text, for example); none may contain a zero byte at its end, which NumPy would strip.</param>
    public static void WriteByteStrings(Stream stream, IReadOnlyList<byte[]> strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        int length = 1;
        foreach (var s in strings)
        {
            length = Math.Max(length, s.Length);
        }

        var data = new byte[checked(length * strings.Count)];
        for (int i = 0; i < strings.Count; i++)
        {
            strings[i].CopyTo(data, i * length);
        }

        WriteBytes(stream, new NpyHeader(NpyDType.Bytes(length), [strings.Count]), data);
    }

    /// <summary>Writes a header and raw element bytes.</summary>
    /// <param name="stream">The stream written to.</param>
    /// <param name="header">The header.</param>
    /// <param name="data">Exactly <see cref="NpyHeader.DataLength"/> bytes.</param>
    public static void WriteBytes(Stream stream, NpyHeader header, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(header);
        if (header.DataLength != data.Length)
        {
            throw new ArgumentException($"{data.Length} bytes of data, but the header describes {header.DataLength}.", nameof(data));
        }

        stream.Write(header.ToBytes());
        stream.Write(data);
    }

    /// <summary>Reads an array.</summary>
    /// <param name="stream">The stream, at the start of an <c>.npy</c> file.</param>
    /// <returns>The array.</returns>
    /// <exception cref="FormatException">When the bytes are not an <c>.npy</c> file of a type this library reads, or the data is short.</exception>
    public static NpyArray Read(Stream stream)
    {
        var header = NpyHeader.Read(stream);
        var data = new byte[header.DataLength];
        try
        {
            stream.ReadExactly(data);
        }
        catch (EndOfStreamException)
        {
            throw new FormatException($"The .npy file ends before its {header.DataLength} bytes of data.");
        }

        return new NpyArray(header, data);
    }

    /// <summary>Reads an array from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The array.</returns>
    public static NpyArray Read(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return Read(stream);
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }
}
