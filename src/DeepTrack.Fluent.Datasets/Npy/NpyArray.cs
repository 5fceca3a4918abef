using System;
using System.Linq;
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

    /// <summary>
    /// The array as an image: shape (height, width) gives a 2-D image; a 3-D array is read as <paramref name="order"/>
    /// says, (height, width, channels) for <see cref="ChannelOrder.Last"/> (NumPy's and OpenCV's usual layout) or
    /// (channels, height, width) for <see cref="ChannelOrder.First"/> (PyTorch's, and what <see cref="NpyFile.Write{T}(System.IO.Stream, Image{T})"/> writes).
    /// </summary>
    /// <typeparam name="T">The pixel type; it must be the array's type.</typeparam>
    /// <param name="order">Where a 3-D array keeps its channels.</param>
    /// <returns>The image (its planes are the channels).</returns>
    /// <exception cref="InvalidOperationException">The array is not 2-D or 3-D, is in Fortran order, or holds another type.</exception>
    public Image<T> ToImage<T>(ChannelOrder order)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        var shape = Header.Shape;
        if (Header.FortranOrder)
        {
            throw new InvalidOperationException("The array is in Fortran order; save it with numpy.ascontiguousarray(array) to read it as an image.");
        }

        if (shape.Count is not (2 or 3) || shape.Any(n => n < 1 || n > int.MaxValue))
        {
            throw new InvalidOperationException($"An image needs a 2-D or 3-D array with no empty axis; this one has shape ({string.Join(", ", shape)}).");
        }

        var pixels = ToArray<T>();
        if (shape.Count == 2)
        {
            return Image<T>.FromArray(pixels, (int)shape[0], (int)shape[1]);
        }

        return order == ChannelOrder.Last
            ? Image<T>.FromChannelLast(pixels, (int)shape[0], (int)shape[1], (int)shape[2])
            : Image<T>.FromArray(pixels, (int)shape[1], (int)shape[2], (int)shape[0]);
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
