using System;
using System.Runtime.InteropServices;

namespace DeepTrack.Fluent.Datasets.Npy;

/// <summary>An array read from an <c>.npy</c> file: its header and its element bytes.</summary>
public sealed class NpyArray
{
    private readonly byte[] data;

    internal NpyArray(NpyHeader header, byte[] data)
    {
        Header = header;
        this.data = data;
    }

    /// <summary>The header: type, shape, order.</summary>
    public NpyHeader Header { get; }

    /// <summary>The element bytes, as stored.</summary>
    public ReadOnlySpan<byte> Bytes => data;

    /// <summary>The elements as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The .NET type of the array's NumPy type (double for <c>&lt;f8</c>, and so on).</typeparam>
    /// <returns>A copy of the elements.</returns>
    /// <exception cref="InvalidOperationException">When the array's type is not <typeparamref name="T"/>'s.</exception>
    public T[] ToArray<T>()
        where T : unmanaged
    {
        var expected = NpyDType.Of<T>();
        if (expected != Header.DType)
        {
            throw new InvalidOperationException($"The array holds {Header.DType}, not {expected} ({typeof(T).Name}).");
        }

        return MemoryMarshal.Cast<byte, T>(data).ToArray();
    }

    /// <summary>The elements of a <c>|S<i>n</i></c> array, each without its trailing zero bytes (as NumPy returns them).</summary>
    /// <returns>The strings.</returns>
    /// <exception cref="InvalidOperationException">When the array is not of byte strings.</exception>
    public byte[][] ToByteStrings()
    {
        if (!Header.DType.Descr.StartsWith("|S", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The array holds {Header.DType}, not byte strings.");
        }

        int length = Header.DType.ItemSize;
        var strings = new byte[data.Length / length][];
        for (int i = 0; i < strings.Length; i++)
        {
            var item = data.AsSpan(i * length, length);
            strings[i] = item[..(item.LastIndexOfAnyExcept((byte)0) + 1)].ToArray();
        }

        return strings;
    }
}
