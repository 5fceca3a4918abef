using System;
using System.Numerics;
using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>Reads one plane of an image at a fractional (row, column), extending it by a <see cref="BorderMode"/>.</summary>
internal static class Resampler
{
    /// <summary>The interpolated value at (<paramref name="row"/>, <paramref name="column"/>).</summary>
    /// <typeparam name="T">Pixel type.</typeparam>
    /// <param name="plane">The plane, row-major.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="row">The row (integer at pixel centres).</param>
    /// <param name="column">The column.</param>
    /// <param name="interpolation">Nearest or bilinear.</param>
    /// <param name="mode">Read-out beyond the edges (each neighbour separately).</param>
    /// <param name="fill">The value outside the image for <see cref="BorderMode.Constant"/>.</param>
    /// <returns>The value.</returns>
    public static T Sample<T>(ReadOnlySpan<T> plane, int height, int width, double row, double column, Interpolation interpolation, BorderMode mode, T fill)
        where T : unmanaged, INumberBase<T>
    {
        if (!double.IsFinite(row) || !double.IsFinite(column) || Math.Abs(row) > int.MaxValue / 4 || Math.Abs(column) > int.MaxValue / 4)
        {
            return fill;
        }

        if (interpolation == Interpolation.Nearest)
        {
            return Read(plane, height, width, (int)Math.Round(row, MidpointRounding.AwayFromZero), (int)Math.Round(column, MidpointRounding.AwayFromZero), mode, fill);
        }

        int r0 = (int)Math.Floor(row), c0 = (int)Math.Floor(column);
        double fr = row - r0, fc = column - c0;
        T top = Lerp(Read(plane, height, width, r0, c0, mode, fill), Read(plane, height, width, r0, c0 + 1, mode, fill), fc);
        T bottom = Lerp(Read(plane, height, width, r0 + 1, c0, mode, fill), Read(plane, height, width, r0 + 1, c0 + 1, mode, fill), fc);
        return Lerp(top, bottom, fr);
    }

    private static T Lerp<T>(T a, T b, double fraction)
        where T : unmanaged, INumberBase<T>
        => fraction == 0 ? a : a * T.CreateChecked(1 - fraction) + b * T.CreateChecked(fraction);

    private static T Read<T>(ReadOnlySpan<T> plane, int height, int width, int row, int column, BorderMode mode, T fill)
        where T : unmanaged, INumberBase<T>
    {
        int r = BorderIndex.Resolve(row, height, mode), c = BorderIndex.Resolve(column, width, mode);
        return r < 0 || c < 0 ? fill : plane[r * width + c];
    }
}
