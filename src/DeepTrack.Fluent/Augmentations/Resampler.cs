using System;
using System.Numerics;
using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// Reads one plane of an image at a fractional (row, column), extending it by a <see cref="BorderMode"/>.
/// Floating-point and complex pixels are interpolated in their own type; integer pixels in double precision,
/// then rounded to the nearest value the type holds (OpenCV's saturating conversion, so an overshoot of cubic
/// interpolation at an edge ends at the type's limit).
/// </summary>
internal static class Resampler
{
    /// <summary>The interpolated value at (<paramref name="row"/>, <paramref name="column"/>).</summary>
    /// <typeparam name="T">Pixel type.</typeparam>
    /// <param name="plane">The plane, row-major.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="row">The row (integer at pixel centres).</param>
    /// <param name="column">The column.</param>
    /// <param name="interpolation">Nearest, bilinear or cubic.</param>
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
        if (fr == 0 && fc == 0)
        {
            return Read(plane, height, width, r0, c0, mode, fill);
        }

        Span<double> rowWeights = stackalloc double[4], columnWeights = stackalloc double[4];
        int first = interpolation == Interpolation.Linear ? 0 : -1;
        int taps = interpolation == Interpolation.Linear ? 2 : 4;
        Weights(interpolation, fr, rowWeights);
        Weights(interpolation, fc, columnWeights);
        bool exact = typeof(T) == typeof(double) || typeof(T) == typeof(float) || typeof(T) == typeof(Half) || typeof(T) == typeof(Complex);
        T sum = T.Zero;
        double integerSum = 0;
        for (int i = 0; i < taps; i++)
        {
            if (rowWeights[i] == 0)
            {
                continue;
            }

            for (int j = 0; j < taps; j++)
            {
                double weight = rowWeights[i] * columnWeights[j];
                if (weight == 0)
                {
                    continue;
                }

                T value = Read(plane, height, width, r0 + first + i, c0 + first + j, mode, fill);
                if (exact)
                {
                    sum += value * T.CreateChecked(weight);
                }
                else
                {
                    integerSum += double.CreateChecked(value) * weight;
                }
            }
        }

        return exact ? sum : T.CreateSaturating(Math.Round(integerSum, MidpointRounding.AwayFromZero));
    }

    /// <summary>The weights of the taps at offsets (0, 1) for linear or (−1, 0, 1, 2) for cubic interpolation.</summary>
    private static void Weights(Interpolation interpolation, double t, Span<double> weights)
    {
        if (interpolation == Interpolation.Linear)
        {
            weights[0] = 1 - t;
            weights[1] = t;
            return;
        }

        weights[0] = Keys(1 + t);
        weights[1] = Keys(t);
        weights[2] = Keys(1 - t);
        weights[3] = Keys(2 - t);
    }

    /// <summary>Keys' cubic convolution kernel with a = −0.5 at distance |x|.</summary>
    private static double Keys(double x)
    {
        x = Math.Abs(x);
        return x <= 1 ? ((1.5 * x - 2.5) * x * x) + 1
            : x < 2 ? ((-0.5 * x + 2.5) * x - 4) * x + 2
            : 0;
    }

    private static T Read<T>(ReadOnlySpan<T> plane, int height, int width, int row, int column, BorderMode mode, T fill)
        where T : unmanaged, INumberBase<T>
    {
        int r = BorderIndex.Resolve(row, height, mode), c = BorderIndex.Resolve(column, width, mode);
        return r < 0 || c < 0 ? fill : plane[r * width + c];
    }
}
