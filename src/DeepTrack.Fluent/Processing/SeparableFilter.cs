using System;
using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>Correlates every plane of an image with the same 1-D kernel along columns and then along rows.</summary>
internal static class SeparableFilter
{
    /// <summary>The filtered image (a new image; the input is not modified).</summary>
    /// <typeparam name="T">Pixel type.</typeparam>
    /// <param name="input">The image.</param>
    /// <param name="kernel">Odd-length weights, centred.</param>
    /// <param name="mode">The border mode.</param>
    /// <param name="fill">The value outside the image for <see cref="BorderMode.Constant"/>.</param>
    /// <returns>The filtered image.</returns>
    public static Image<T> Apply<T>(Image<T> input, ReadOnlySpan<double> kernel, BorderMode mode, T fill)
        where T : unmanaged, INumberBase<T>
    {
        var weights = new T[kernel.Length];
        for (int i = 0; i < kernel.Length; i++)
        {
            weights[i] = T.CreateChecked(kernel[i]);
        }

        int height = input.Height, width = input.Width;
        var output = input.CreateLike();
        var rows = new T[height * width];
        var line = new T[Math.Max(height, width) + weights.Length - 1];
        var column = new T[height];
        for (int z = 0; z < input.Depth; z++)
        {
            ReadOnlySpan<T> source = input.Plane(z);
            for (int row = 0; row < height; row++)
            {
                Filter(source, row * width, 1, width, weights, mode, fill, line, rows.AsSpan(row * width, width));
            }

            var target = output.WritablePlane(z);
            for (int col = 0; col < width; col++)
            {
                Filter(rows, col, width, height, weights, mode, fill, line, column);
                for (int row = 0; row < height; row++)
                {
                    target[row * width + col] = column[row];
                }
            }
        }

        return output;
    }

    private static void Filter<T>(ReadOnlySpan<T> source, int start, int stride, int length, T[] weights, BorderMode mode, T fill, T[] line, Span<T> target)
        where T : unmanaged, INumberBase<T>
    {
        int radius = weights.Length / 2;
        for (int i = 0; i < length + 2 * radius; i++)
        {
            int index = BorderIndex.Resolve(i - radius, length, mode);
            line[i] = index < 0 ? fill : source[start + index * stride];
        }

        for (int i = 0; i < length; i++)
        {
            T sum = T.Zero;
            for (int k = 0; k < weights.Length; k++)
            {
                sum += weights[k] * line[i + k];
            }

            target[i] = sum;
        }
    }
}
