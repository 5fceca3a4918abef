using System;
using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Reduces non-overlapping blocks of rows × columns × planes of an image to one pixel each, as
/// scikit-image's <c>block_reduce</c> with a per-axis block size; rows, columns and planes that do not fill a
/// block are dropped. The pooling features check their block sizes here, so all four name a bad one the same way.
/// </summary>
internal static class BlockReduction
{
    /// <summary>The pooled image.</summary>
    /// <typeparam name="T">Pixel type.</typeparam>
    /// <param name="owner">The pooling feature (its name goes into errors).</param>
    /// <param name="input">The image.</param>
    /// <param name="block">The block size per axis, resolved from the feature's properties.</param>
    /// <param name="reduce">Reduces one block's pixels (the buffer may be reordered).</param>
    /// <returns>The pooled image: a volume stays a volume even when one plane is left.</returns>
    public static Image<T> Apply<T>(Feature owner, Image<T> input, PoolBlock block, Func<T[], T> reduce)
        where T : unmanaged, INumberBase<T>
    {
        Check(owner, block.RowProperty, block.Rows, input.Height, "rows");
        Check(owner, block.ColumnProperty, block.Columns, input.Width, "columns");
        Check(owner, "PlaneFactor", block.Planes, input.Depth, "planes");
        int height = input.Height / block.Rows, width = input.Width / block.Columns, depth = input.Depth / block.Planes;
        var output = input.Rank == 2 ? new Image<T>(height, width) : new Image<T>(height, width, depth);
        var buffer = new T[block.Rows * block.Columns * block.Planes];
        for (int z = 0; z < depth; z++)
        {
            var target = output.WritablePlane(z);
            for (int row = 0; row < height; row++)
            {
                for (int column = 0; column < width; column++)
                {
                    int n = 0;
                    for (int p = 0; p < block.Planes; p++)
                    {
                        ReadOnlySpan<T> source = input.Plane(z * block.Planes + p);
                        for (int i = 0; i < block.Rows; i++)
                        {
                            source.Slice((row * block.Rows + i) * input.Width + column * block.Columns, block.Columns).CopyTo(buffer.AsSpan(n, block.Columns));
                            n += block.Columns;
                        }
                    }

                    target[row * width + column] = reduce(buffer);
                }
            }
        }

        return output;
    }

    private static void Check(Feature owner, string property, int size, int length, string axis)
    {
        if (size < 1 || size > length)
        {
            throw new PropertyValueException(owner.Name, property, size, $"the block must fit in the image's {length} {axis} (1 to {length})");
        }
    }
}
