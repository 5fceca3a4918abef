using System;

namespace DeepTrack.Fluent.Physics;

/// <summary>Bins simulation pixels back to camera pixels (blocks of upscale × upscale).</summary>
internal static class Binning
{
    /// <summary>Sums each block (totals are preserved).</summary>
    public static Image<double> Sum(double[] simulated, int height, int width, int factor)
    {
        if (factor == 1)
        {
            return Image<double>.Wrap(simulated, height, width);
        }

        int outHeight = height / factor, outWidth = width / factor;
        var output = AccumulationArray.Create<double>(outHeight * outWidth);
        for (int row = 0; row < height; row++)
        {
            int target = row / factor * outWidth;
            for (int column = 0; column < width; column++)
            {
                output[target + column / factor] += simulated[row * width + column];
            }
        }

        return Image<double>.Wrap(output, outHeight, outWidth);
    }

    /// <summary>Averages each block (at factor 1 the image wraps <paramref name="simulated"/> itself).</summary>
    public static Image<T> Mean<T>(T[] simulated, int height, int width, int factor)
        where T : unmanaged, System.Numerics.INumberBase<T>
        => factor == 1 ? Image<T>.Wrap(simulated, height, width) : BlockMean<T>(simulated, height, width, factor);

    /// <summary>Averages each block into a new image.</summary>
    public static Image<T> BlockMean<T>(ReadOnlySpan<T> simulated, int height, int width, int factor)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        int outHeight = height / factor, outWidth = width / factor;
        var output = AccumulationArray.Create<T>(outHeight * outWidth);
        T scale = T.One / T.CreateChecked(factor * factor);
        for (int row = 0; row < height; row++)
        {
            int target = row / factor * outWidth;
            for (int column = 0; column < width; column++)
            {
                output[target + column / factor] += simulated[row * width + column] * scale;
            }
        }

        return Image<T>.Wrap(output, outHeight, outWidth);
    }
}
