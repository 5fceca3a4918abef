using System;
using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>Reduces non-overlapping Factor × Factor blocks of every plane to one pixel each.</summary>
internal static class BlockReduction
{
    /// <summary>The pooled image: rows and columns that do not fill a block are dropped.</summary>
    /// <typeparam name="T">Pixel type.</typeparam>
    /// <param name="input">The image.</param>
    /// <param name="factor">The block side (1 to the image size).</param>
    /// <param name="reduce">Reduces one block's pixels (the buffer may be reordered).</param>
    /// <returns>The pooled image.</returns>
    public static Image<T> Apply<T>(Image<T> input, int factor, Func<T[], T> reduce)
        where T : unmanaged, INumberBase<T>
    {
        int height = input.Height / factor, width = input.Width / factor;
        var output = input.Rank == 2 ? new Image<T>(height, width) : new Image<T>(height, width, input.Depth);
        var block = new T[factor * factor];
        for (int z = 0; z < input.Depth; z++)
        {
            ReadOnlySpan<T> source = input.Plane(z);
            var target = output.WritablePlane(z);
            for (int row = 0; row < height; row++)
            {
                for (int column = 0; column < width; column++)
                {
                    for (int i = 0; i < factor; i++)
                    {
                        source.Slice((row * factor + i) * input.Width + column * factor, factor).CopyTo(block.AsSpan(i * factor, factor));
                    }

                    target[row * width + column] = reduce(block);
                }
            }
        }

        return output;
    }
}
