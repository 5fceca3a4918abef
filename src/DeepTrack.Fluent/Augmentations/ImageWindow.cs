using System.Numerics;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>Copies a rectangular window of rows, columns and planes out of an image: the one loop of every crop.</summary>
internal static class ImageWindow
{
    /// <summary>The window as a new image; a volume stays a volume. The bounds must already be checked.</summary>
    /// <typeparam name="T">Pixel type.</typeparam>
    /// <param name="input">The image.</param>
    /// <param name="top">First row.</param>
    /// <param name="left">First column.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="front">First plane.</param>
    /// <param name="depth">Planes.</param>
    /// <returns>The window.</returns>
    public static Image<T> Copy<T>(Image<T> input, int top, int left, int height, int width, int front, int depth)
        where T : unmanaged, INumberBase<T>
    {
        var output = input.Rank == 2 ? new Image<T>(height, width) : new Image<T>(height, width, depth);
        for (int z = 0; z < depth; z++)
        {
            var source = input.Plane(front + z);
            var target = output.WritablePlane(z);
            for (int row = 0; row < height; row++)
            {
                source.Slice((top + row) * input.Width + left, width).CopyTo(target.Slice(row * width, width));
            }
        }

        return output;
    }
}
