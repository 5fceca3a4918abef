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
/// <para>Layout: plane-major, then row-major: the pixel (row, column, z) is at <c>(z·Height + row)·Width + column</c>,
/// so each z-plane is contiguous. Arithmetic operators work pixel by pixel and merge the operands' ground truth.</para>
/// <para>Read-only once published. Images flowing through a pipeline are memoised and shared between samples, so
/// every image a feature returns (also inside lists, tuples and other outputs) and every input given to a pipeline
/// becomes read-only (<see cref="IsReadOnly"/>): <see cref="AsSpan"/>, <see cref="Plane"/> and the indexer's getter
/// read it, and the writing members (<see cref="AsWritableSpan"/>, <see cref="WritablePlane"/>, the indexer's
/// setter) throw a <see cref="ReadOnlyImageException"/>. A feature writes only into images it creates:
/// <c>new Image&lt;T&gt;(…)</c>, <see cref="CreateLike"/> or <see cref="Clone"/>. <see cref="WithTruth"/> shares the
/// pixels and so shares the read-only state.</para>
/// </remarks>
/// <typeparam name="T">The pixel type, e.g. <see cref="double"/>, <see cref="float"/> or <see cref="Complex"/>.</typeparam>
public sealed class Image<T> : IGroundTruthCarrier, IPipelineImage
    where T : unmanaged, INumberBase<T>
{
    private readonly T[] data;
    private readonly PixelState state;

    /// <summary>Creates a zero 2-D image.</summary>
    /// <param name="height">Rows (≥ 1).</param>
    /// <param name="width">Columns (≥ 1).</param>
    public Image(int height, int width)
        : this(AccumulationArray.Create<T>(CheckedLength(height, width, 1)), height, width, 1, 2, GroundTruth.Empty)
    {
    }

    /// <summary>Creates a zero 3-D image.</summary>
    /// <param name="height">Rows (≥ 1).</param>
    /// <param name="width">Columns (≥ 1).</param>
    /// <param name="depth">Planes (≥ 1).</param>
    public Image(int height, int width, int depth)
        : this(AccumulationArray.Create<T>(CheckedLength(height, width, depth)), height, width, depth, 3, GroundTruth.Empty)
    {
    }

    private Image(T[] data, int height, int width, int depth, int rank, GroundTruth truth)
        : this(data, new PixelState(), height, width, depth, rank, truth)
    {
    }

    private Image(T[] data, PixelState state, int height, int width, int depth, int rank, GroundTruth truth)
    {
        this.data = data;
        this.state = state;
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

    /// <summary>Whether the pixels are read-only (the image was returned by a feature or given to a pipeline).</summary>
    public bool IsReadOnly => state.IsReadOnly;

    /// <summary>The pixel at (row, column) of plane 0; setting it throws on a read-only image.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    public T this[int row, int column]
    {
        get => data[Index(row, column, 0)];
        set
        {
            RequireWritable();
            data[Index(row, column, 0)] = value;
        }
    }

    /// <summary>The pixel at (row, column, z); setting it throws on a read-only image.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="z">The plane.</param>
    public T this[int row, int column, int z]
    {
        get => data[Index(row, column, z)];
        set
        {
            RequireWritable();
            data[Index(row, column, z)] = value;
        }
    }

    /// <summary>A new 2-D image holding a copy of <paramref name="pixels"/>.</summary>
    /// <param name="pixels">Row-major pixels; length must be height × width.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <returns>The image (later changes to <paramref name="pixels"/> do not reach it).</returns>
    public static Image<T> FromArray(T[] pixels, int height, int width)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        return Wrap((T[])pixels.Clone(), height, width);
    }

    /// <summary>A new 3-D image holding a copy of <paramref name="pixels"/>.</summary>
    /// <param name="pixels">Plane-major, row-major pixels; length must be height × width × depth.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="depth">Planes.</param>
    /// <returns>The image (later changes to <paramref name="pixels"/> do not reach it).</returns>
    public static Image<T> FromArray(T[] pixels, int height, int width, int depth)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        return Wrap((T[])pixels.Clone(), height, width, depth);
    }

    /// <summary>
    /// A new 3-D image from channel-last (interleaved) pixels, the order of a NumPy array of shape
    /// (height, width, channels), of OpenCV and of most image files: channel <c>k</c> becomes plane <c>k</c>.
    /// </summary>
    /// <param name="pixels">Pixels in (row, column, channel) order; length must be height × width × channels.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="channels">Channels (the planes of the image).</param>
    /// <returns>The image (a copy: later changes to <paramref name="pixels"/> do not reach it).</returns>
    public static Image<T> FromChannelLast(T[] pixels, int height, int width, int channels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (height < 1 || width < 1 || channels < 1 || (long)height * width * channels != pixels.Length)
        {
            throw new ArgumentException($"{pixels.Length} pixels do not make a {height}×{width}×{channels} channel-last image.", nameof(pixels));
        }

        int area = height * width;
        var planes = new T[pixels.Length];
        for (int i = 0; i < area; i++)
        {
            for (int k = 0; k < channels; k++)
            {
                planes[k * area + i] = pixels[i * channels + k];
            }
        }

        return Wrap(planes, height, width, channels);
    }

    /// <summary>The pixels in channel-last (interleaved) order, as a NumPy array of shape (height, width, planes) holds them.</summary>
    /// <returns>A new array; a 2-D image gives its row-major pixels.</returns>
    public T[] ToChannelLast()
    {
        int area = Height * Width;
        var interleaved = new T[data.Length];
        for (int k = 0; k < Depth; k++)
        {
            for (int i = 0; i < area; i++)
            {
                interleaved[i * Depth + k] = data[k * area + i];
            }
        }

        return interleaved;
    }

    /// <summary>Takes ownership of <paramref name="pixels"/> (not copied) as a 2-D image: the caller must not keep the array.</summary>
    /// <param name="pixels">Row-major pixels; length must be height × width.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <returns>The image.</returns>
    internal static Image<T> Wrap(T[] pixels, int height, int width)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != CheckedLength(height, width, 1))
        {
            throw new ArgumentException($"{pixels.Length} pixels do not fill a {height}×{width} image.", nameof(pixels));
        }

        return new Image<T>(pixels, height, width, 1, 2, GroundTruth.Empty);
    }

    /// <summary>Takes ownership of <paramref name="pixels"/> (not copied) as a 3-D image: the caller must not keep the array.</summary>
    /// <param name="pixels">Plane-major, row-major pixels; length must be height × width × depth.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="depth">Planes.</param>
    /// <returns>The image.</returns>
    internal static Image<T> Wrap(T[] pixels, int height, int width, int depth)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != CheckedLength(height, width, depth))
        {
            throw new ArgumentException($"{pixels.Length} pixels do not fill a {height}×{width}×{depth} image.", nameof(pixels));
        }

        return new Image<T>(pixels, height, width, depth, 3, GroundTruth.Empty);
    }

    /// <summary>All pixels, read-only (the same as <see cref="AsReadOnlySpan"/>).</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<T> AsSpan() => data;

    /// <summary>All pixels, read-only.</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<T> AsReadOnlySpan() => data;

    /// <summary>All pixels, writable: only for an image this code created and has not returned yet.</summary>
    /// <returns>The span.</returns>
    /// <exception cref="ReadOnlyImageException">The image is read-only.</exception>
    public Span<T> AsWritableSpan()
    {
        RequireWritable();
        return data;
    }

    /// <summary>One z-plane, read-only.</summary>
    /// <param name="z">The plane.</param>
    /// <returns>The plane's Height × Width pixels.</returns>
    public ReadOnlySpan<T> Plane(int z) => data.AsSpan(PlaneStart(z), Height * Width);

    /// <summary>One z-plane, writable: only for an image this code created and has not returned yet.</summary>
    /// <param name="z">The plane.</param>
    /// <returns>The plane's Height × Width pixels.</returns>
    /// <exception cref="ReadOnlyImageException">The image is read-only.</exception>
    public Span<T> WritablePlane(int z)
    {
        int start = PlaneStart(z);
        RequireWritable();
        return data.AsSpan(start, Height * Width);
    }

    /// <summary>A zero image of the same shape and rank that carries the same ground truth.</summary>
    /// <returns>The new image.</returns>
    public Image<T> CreateLike() => new(AccumulationArray.Create<T>(data.Length), Height, Width, Depth, Rank, Truth);

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

    /// <summary>
    /// A new image with <paramref name="function"/> applied to every pair of pixels of this image and
    /// <paramref name="other"/> (same shape); the ground truth of both is merged, as by the arithmetic operators.
    /// </summary>
    /// <param name="other">The other image, of the same height, width and depth.</param>
    /// <param name="function">The function of (this pixel, other pixel).</param>
    /// <returns>The new image.</returns>
    public Image<T> Combine(Image<T> other, Func<T, T, T> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return Apply(other, (x, y, d) =>
        {
            for (int i = 0; i < d.Length; i++)
            {
                d[i] = function(x[i], y[i]);
            }
        });
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
    /// <remarks>The new image shares the read-only state too: once either is read-only, both are.</remarks>
    public Image<T> WithTruth(GroundTruth truth) => new(data, state, Height, Width, Depth, Rank, truth ?? throw new ArgumentNullException(nameof(truth)));

    /// <inheritdoc />
    object IGroundTruthCarrier.WithTruth(GroundTruth truth) => WithTruth(truth);

    /// <inheritdoc />
    void IPipelineImage.MakeReadOnly()
    {
        // Tested first: images shared by several workers (a constant's) are then only read, not written by each.
        if (!state.IsReadOnly)
        {
            state.IsReadOnly = true;
        }
    }

    /// <inheritdoc />
    long IPipelineImage.Bytes => (long)data.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

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

    private void RequireWritable()
    {
        if (state.IsReadOnly)
        {
            throw new ReadOnlyImageException(ToString());
        }
    }

    private int PlaneStart(int z)
    {
        if ((uint)z >= (uint)Depth)
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, $"The image has {Depth} plane(s).");
        }

        return z * Height * Width;
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

    /// <summary>Whether the pixels are read-only; one object shared by every image made by <see cref="WithTruth"/> from the same pixels.</summary>
    private sealed class PixelState
    {
        public volatile bool IsReadOnly;
    }

    private delegate void SpanOperation(ReadOnlySpan<T> source, Span<T> destination);

    private delegate void SpanPairOperation(ReadOnlySpan<T> left, ReadOnlySpan<T> right, Span<T> destination);
}
