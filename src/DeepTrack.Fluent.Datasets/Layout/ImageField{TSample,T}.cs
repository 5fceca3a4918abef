using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using DeepTrack.Fluent.Datasets.Npy;

namespace DeepTrack.Fluent.Datasets.Layout;

/// <summary>
/// An image of each sample: shape (height, width), or (depth, height, width) for a 3-D image, which is the image's
/// memory order (planes first) and PyTorch's channels-first order.
/// </summary>
/// <typeparam name="TSample">The pipeline's output type.</typeparam>
/// <typeparam name="T">The pixel type.</typeparam>
public sealed class ImageField<TSample, T> : SampleField<TSample>
    where T : unmanaged, INumberBase<T>
{
    private readonly Func<TSample, Image<T>> select;
    private readonly bool float32;

    /// <summary>Creates the field.</summary>
    /// <param name="name">The array's name.</param>
    /// <param name="select">Picks the image of a sample.</param>
    /// <param name="asFloat32">Store 64-bit pixels as 32-bit floats (rounded to nearest; a finite value too large for a float is an error).</param>
    public ImageField(string name, Func<TSample, Image<T>> select, bool asFloat32 = false)
        : base(name)
    {
        this.select = select ?? throw new ArgumentNullException(nameof(select));
        if (!NpyDType.TryOf(typeof(T), out var dtype))
        {
            throw new NotSupportedException($"Images of {typeof(T).Name} cannot be stored: use double, float, Half, Complex or an integer type.");
        }

        if (asFloat32 && typeof(T) != typeof(double))
        {
            throw new ArgumentException($"Only double images can be stored as float32; '{name}' holds {typeof(T).Name}.", nameof(asFloat32));
        }

        float32 = asFloat32;
        DType = asFloat32 ? NpyDType.Float32 : dtype;
    }

    /// <inheritdoc />
    public override NpyDType DType { get; }

    /// <inheritdoc />
    public override IReadOnlyList<long> ShapeOf(TSample sample)
    {
        var image = Select(sample);
        return image.Rank == 2 ? [image.Height, image.Width] : [image.Depth, image.Height, image.Width];
    }

    /// <inheritdoc />
    public override void Encode(TSample sample, Span<byte> destination)
    {
        var pixels = Select(sample).AsReadOnlySpan();
        if (!float32)
        {
            MemoryMarshal.AsBytes(pixels).CopyTo(destination);
            return;
        }

        var source = MemoryMarshal.Cast<T, double>(pixels);
        var target = MemoryMarshal.Cast<byte, float>(destination);
        for (int i = 0; i < source.Length; i++)
        {
            float value = (float)source[i];
            if (float.IsInfinity(value) && double.IsFinite(source[i]))
            {
                throw new OverflowException($"Pixel {i} of '{Name}' is {source[i]:R}, too large for float32; store it as float64.");
            }

            target[i] = value;
        }
    }

    /// <inheritdoc />
    public override GroundTruth? TruthOf(TSample sample) => Select(sample).Truth;

    /// <inheritdoc />
    public override bool IsImage => true;

    /// <inheritdoc />
    public override Image<double>? ToDisplayImage(TSample sample)
    {
        var image = Select(sample);
        var pixels = image.AsReadOnlySpan();
        var display = new double[image.Height * image.Width];
        for (int i = 0; i < display.Length; i++)
        {
            // Complex pixels are shown by their modulus; 3-D images by their first plane.
            display[i] = pixels[i] is Complex c ? Complex.Abs(c) : double.CreateTruncating(pixels[i]);
        }

        return Image<double>.FromArray(display, image.Height, image.Width).WithTruth(image.Truth);
    }

    /// <inheritdoc />
    public override SampleField<TSample> AsFloat32()
        => typeof(T) == typeof(double) && !float32 ? new ImageField<TSample, T>(Name, select, asFloat32: true) : this;

    private Image<T> Select(TSample sample)
        => select(sample) ?? throw new InvalidOperationException($"The selector of field '{Name}' returned no image.");
}
