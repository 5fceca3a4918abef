using System.Numerics;
using System.Runtime.InteropServices;

namespace DeepTrack.Fluent.IO.Tests;

/// <summary>Images whose pixels span a type's whole range (extremes, zero, NaN and infinities for floats), and bitwise comparison.</summary>
internal static class PixelValues
{
    public static T[] Extremes<T>()
        where T : unmanaged, INumberBase<T>, IMinMaxValue<T>
    {
        var values = new List<T> { T.MinValue, T.MaxValue, T.Zero, T.One, T.MinValue + T.One, T.MaxValue - T.One };
        if (typeof(T) == typeof(float))
        {
            values.AddRange(Cast<float, T>([float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0f, float.Epsilon, 0.1f, -123.456f]));
        }
        else if (typeof(T) == typeof(double))
        {
            values.AddRange(Cast<double, T>([double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0d, double.Epsilon, 0.1, Math.PI]));
        }

        return [.. values];
    }

    /// <summary>A height × width image that cycles through <paramref name="values"/> (and a position-dependent ramp between them).</summary>
    public static Image<T> Image<T>(T[] values, int height, int width, int seed = 0)
        where T : unmanaged, INumberBase<T>
    {
        var pixels = new T[height * width];
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (i + seed) % 3 == 0 ? T.CreateTruncating((i + seed) % 100) : values[(i + seed) % values.Length];
        }

        return DeepTrack.Fluent.Image<T>.FromArray(pixels, height, width);
    }

    public static void Identical<T>(Image<T> expected, Image<T> actual)
        where T : unmanaged, INumberBase<T>
    {
        Assert.Equal((expected.Height, expected.Width, expected.Depth), (actual.Height, actual.Width, actual.Depth));
        Assert.True(
            MemoryMarshal.AsBytes(expected.AsReadOnlySpan()).SequenceEqual(MemoryMarshal.AsBytes(actual.AsReadOnlySpan())),
            $"pixels of {actual} differ from {expected}");
    }

    private static IEnumerable<T> Cast<TSource, T>(TSource[] values)
        where TSource : unmanaged
        where T : unmanaged
        => MemoryMarshal.Cast<TSource, T>(values.AsSpan()).ToArray();
}
