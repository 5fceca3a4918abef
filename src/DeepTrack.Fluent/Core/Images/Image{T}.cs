using System;
using System.Collections.Generic;
using System.Numerics;
using System.Numerics.Tensors;

namespace DeepTrack.Fluent;

/// <summary>
/// A 2-D (height × width) or 3-D (height × width × depth) image of real or complex pixels in one
/// contiguous array, carrying the <see cref="GroundTruth"/> of the features that made it.
/// </summary>
/// <remarks>
/// Layout: plane-major, then row-major: the pixel (row, column, z) is at <c>(z·Height + row)·Width + column</c>,
/// so each z-plane is a contiguous <see cref="Span{T}"/>. Images flowing through a pipeline are memoised
/// and may be shared between samples: treat them as immutable (features create new images).
/// Arithmetic operators work pixel by pixel and merge the operands' ground truth.
/// </remarks>
/// <typeparam name="T">The pixel type, e.g. <see cref="double"/>, <see cref="float"/> or <see cref="Complex"/>.</typeparam>
public sealed class Image<T> : IGroundTruthCarrier
    where T : unmanaged, INumberBase<T>
{
    private readonly T[] data;

    /// <summary>Creates a zero 2-D image.</summary>
    /// <param name="height">Rows (≥ 1).</param>
    /// <param name="width">Columns (≥ 1).</param>
    public Image(int height, int width)
        : this(new T[CheckedLength(height, width, 1)], height, width, 1, 2, GroundTruth.Empty)
    {
    }

    /// <summary>Creates a zero 3-D image.</summary>
    /// <param name="height">Rows (≥ 1).</param>
    /// <param name="width">Columns (≥ 1).</param>
    /// <param name="depth">Planes (≥ 1).</param>
    public Image(int height, int width, int depth)
        : this(new T[CheckedLength(height, width, depth)], height, width, depth, 3, GroundTruth.Empty)
    {
    }

    private Image(T[] data, int height, int width, int depth, int rank, GroundTruth truth)
    {
        this.data = data;
        Height = height;
        Width = width;
        Depth = depth;
        Rank = rank;
        Truth = truth;
    }

    /// <summary>Rows.</summary>
    public int Height { get; }

    /// <summary>Columns.</summary>
    public int Width { get; }

    /// <summary>Planes (1 for a 2-D image).</summary>
    public int Depth { get; }

    /// <summary>2 or 3.</summary>
    public int Rank { get; }

    /// <summary>Number of pixels.</summary>
    public int Length => data.Length;

    /// <inheritdoc />
    public GroundTruth Truth { get; }

    /// <summary>The pixel at (row, column) of plane 0.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    public ref T this[int row, int column] => ref data[Index(row, column, 0)];

    /// <summary>The pixel at (row, column, z).</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="z">The plane.</param>
    public ref T this[int row, int column, int z] => ref data[Index(row, column, z)];

    /// <summary>Wraps existing pixels (not copied) as a 2-D image.</summary>
    /// <param name="pixels">Row-major pixels; length must be height × width.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <returns>The image.</returns>
    public static Image<T> FromArray(T[] pixels, int height, int width)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != CheckedLength(height, width, 1))
        {
            throw new ArgumentException($"{pixels.Length} pixels do not fill a {height}×{width} image.", nameof(pixels));
        }

        return new Image<T>(pixels, height, width, 1, 2, GroundTruth.Empty);
    }

    /// <summary>Wraps existing pixels (not copied) as a 3-D image.</summary>
    /// <param name="pixels">Plane-major, row-major pixels; length must be height × width × depth.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="depth">Planes.</param>
    /// <returns>The image.</returns>
    public static Image<T> FromArray(T[] pixels, int height, int width, int depth)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != CheckedLength(height, width, depth))
        {
            throw new ArgumentException($"{pixels.Length} pixels do not fill a {height}×{width}×{depth} image.", nameof(pixels));
        }

        return new Image<T>(pixels, height, width, depth, 3, GroundTruth.Empty);
    }

    /// <summary>All pixels, writable.</summary>
    /// <returns>The span.</returns>
    public Span<T> AsSpan() => data;

    /// <summary>All pixels, read-only.</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<T> AsReadOnlySpan() => data;

    /// <summary>One z-plane, writable.</summary>
    /// <param name="z">The plane.</param>
    /// <returns>The plane's Height × Width pixels.</returns>
    public Span<T> Plane(int z)
    {
        if ((uint)z >= (uint)Depth)
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, $"The image has {Depth} plane(s).");
        }

        return data.AsSpan(z * Height * Width, Height * Width);
    }

    /// <summary>A zero image of the same shape and rank that carries the same ground truth.</summary>
    /// <returns>The new image.</returns>
    public Image<T> CreateLike() => new(new T[data.Length], Height, Width, Depth, Rank, Truth);

    /// <summary>An image of the same shape, rank and ground truth whose pixels are not cleared, for callers that write every pixel.</summary>
    /// <returns>The new image.</returns>
    internal Image<T> CreateUninitializedLike() => new(GC.AllocateUninitializedArray<T>(data.Length), Height, Width, Depth, Rank, Truth);

    /// <summary>A deep copy of the pixels, with the same ground truth.</summary>
    /// <returns>The copy.</returns>
    public Image<T> Clone() => new((T[])data.Clone(), Height, Width, Depth, Rank, Truth);

    /// <summary>A new image with <paramref name="function"/> applied to every pixel (same ground truth).</summary>
    /// <param name="function">The function.</param>
    /// <returns>The new image.</returns>
    public Image<T> Map(Func<T, T> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var result = CreateLike();
        var target = result.data;
        for (int i = 0; i < data.Length; i++)
        {
            target[i] = function(data[i]);
        }

        return result;
    }

    /// <summary>The sum of all pixels.</summary>
    /// <returns>The sum.</returns>
    public T Sum() => TensorPrimitives.Sum<T>(data);

    /// <summary>Shortcut for <see cref="GroundTruth.Get{TFeature, TValue}"/> on this image's ground truth.</summary>
    /// <typeparam name="TFeature">The feature's type.</typeparam>
    /// <typeparam name="TValue">The value's type.</typeparam>
    /// <param name="feature">The feature, as declared in the pipeline.</param>
    /// <param name="selector">Selects the value from the resolved feature.</param>
    /// <returns>One value per evaluation (per replica), in order.</returns>
    public IReadOnlyList<TValue> Get<TFeature, TValue>(TFeature feature, Func<TFeature, TValue> selector)
        where TFeature : Feature
        => Truth.Get(feature, selector);

    /// <summary>This image's pixels with another ground truth.</summary>
    /// <param name="truth">The ground truth.</param>
    /// <returns>An image sharing the pixels.</returns>
    public Image<T> WithTruth(GroundTruth truth) => new(data, Height, Width, Depth, Rank, truth ?? throw new ArgumentNullException(nameof(truth)));

    /// <inheritdoc />
    object IGroundTruthCarrier.WithTruth(GroundTruth truth) => WithTruth(truth);

    /// <inheritdoc />
    public override string ToString()
        => Rank == 2 ? $"Image<{typeof(T).Name}>[{Height}×{Width}]" : $"Image<{typeof(T).Name}>[{Height}×{Width}×{Depth}]";

    /// <summary>Adds a constant to every pixel.</summary>
    /// <param name="image">The image.</param>
    /// <param name="value">The constant.</param>
    /// <returns>A new image.</returns>
    public static Image<T> operator +(Image<T> image, T value) => image.Apply((x, d) => TensorPrimitives.Add(x, value, d));

    /// <summary>Adds a constant to every pixel.</summary>
    /// <param name="value">The constant.</param>
    /// <param name="image">The image.</param>
    /// <returns>A new image.</returns>
    public static Image<T> operator +(T value, Image<T> image) => image.Apply((x, d) => TensorPrimitives.Add(x, value, d));

    /// <summary>Subtracts a constant from every pixel.</summary>
    /// <param name="image">The image.</param>
    /// <param name="value">The constant.</param>
    /// <returns>A new image.</returns>
    public static Image<T> operator -(Image<T> image, T value) => image.Apply((x, d) => TensorPrimitives.Subtract(x, value, d));

    /// <summary>Subtracts every pixel from a constant.</summary>
    /// <param name="value">The constant.</param>
    /// <param name="image">The image.</param>
    /// <returns>A new image.</returns>
    public static Image<T> operator -(T value, Image<T> image) => image.Apply((x, d) => TensorPrimitives.Subtract(value, x, d));

    /// <summary>Multiplies every pixel by a constant.</summary>
    /// <param name="image">The image.</param>
    /// <param name="value">The constant.</param>
    /// <returns>A new image.</returns>
    public static Image<T> operator *(Image<T> image, T value) => image.Apply((x, d) => TensorPrimitives.Multiply(x, value, d));

    /// <summary>Multiplies every pixel by a constant.</summary>
    /// <param name="value">The constant.</param>
    /// <param name="image">The image.</param>
    /// <returns>A new image.</returns>
    public static Image<T> operator *(T value, Image<T> image) => image.Apply((x, d) => TensorPrimitives.Multiply(x, value, d));

    /// <summary>Divides every pixel by a constant.</summary>
    /// <param name="image">The image.</param>
    /// <param name="value">The constant.</param>
    /// <returns>A new image.</returns>
    public static Image<T> operator /(Image<T> image, T value) => image.Apply((x, d) => TensorPrimitives.Divide(x, value, d));

    /// <summary>Divides a constant by every pixel.</summary>
    /// <param name="value">The constant.</param>
    /// <param name="image">The image.</param>
    /// <returns>A new image.</returns>
    public static Image<T> operator /(T value, Image<T> image) => image.Apply((x, d) => TensorPrimitives.Divide(value, x, d));

    /// <summary>Pixel-wise sum of two images of the same shape (ground truths merged).</summary>
    /// <param name="left">First image.</param>
    /// <param name="right">Second image.</param>
    /// <returns>A new image.</returns>
    public static Image<T> operator +(Image<T> left, Image<T> right) => left.Apply(right, static (x, y, d) => TensorPrimitives.Add(x, y, d));

    /// <summary>Pixel-wise difference of two images of the same shape (ground truths merged).</summary>
    /// <param name="left">First image.</param>
    /// <param name="right">Second image.</param>
    /// <returns>A new image.</returns>
    public static Image<T> operator -(Image<T> left, Image<T> right) => left.Apply(right, static (x, y, d) => TensorPrimitives.Subtract(x, y, d));

    /// <summary>Pixel-wise product of two images of the same shape (ground truths merged).</summary>
    /// <param name="left">First image.</param>
    /// <param name="right">Second image.</param>
    /// <returns>A new image.</returns>
    public static Image<T> operator *(Image<T> left, Image<T> right) => left.Apply(right, static (x, y, d) => TensorPrimitives.Multiply(x, y, d));

    /// <summary>Pixel-wise quotient of two images of the same shape (ground truths merged).</summary>
    /// <param name="left">First image.</param>
    /// <param name="right">Second image.</param>
    /// <returns>A new image.</returns>
    public static Image<T> operator /(Image<T> left, Image<T> right) => left.Apply(right, static (x, y, d) => TensorPrimitives.Divide(x, y, d));

    /// <summary>Negates every pixel.</summary>
    /// <param name="image">The image.</param>
    /// <returns>A new image.</returns>
    public static Image<T> operator -(Image<T> image) => image.Apply(static (x, d) => TensorPrimitives.Negate(x, d));

    private Image<T> Apply(SpanOperation operation)
    {
        var result = CreateLike();
        operation(data, result.data);
        return result;
    }

    private Image<T> Apply(Image<T> other, SpanPairOperation operation)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Height != Height || other.Width != Width || other.Depth != Depth)
        {
            throw new ArgumentException($"Shapes differ: {this} and {other}.", nameof(other));
        }

        var result = new Image<T>(new T[data.Length], Height, Width, Depth, Math.Max(Rank, other.Rank), Truth.Merge(other.Truth));
        operation(data, other.data, result.data);
        return result;
    }

    private int Index(int row, int column, int z)
    {
        if ((uint)row >= (uint)Height || (uint)column >= (uint)Width || (uint)z >= (uint)Depth)
        {
            throw new IndexOutOfRangeException($"({row}, {column}, {z}) is outside {this}.");
        }

        return (z * Height + row) * Width + column;
    }

    private static int CheckedLength(int height, int width, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        return checked(height * width * depth);
    }

    private delegate void SpanOperation(ReadOnlySpan<T> source, Span<T> destination);

    private delegate void SpanPairOperation(ReadOnlySpan<T> left, ReadOnlySpan<T> right, Span<T> destination);
}
