using System;

namespace DeepTrack.Fluent.Processing;

/// <summary>The normalised, sampled 1-D Gaussian of scipy.ndimage.gaussian_filter.</summary>
internal static class GaussianKernel
{
    /// <summary>Weights at offsets −r…r, r = round(<paramref name="truncate"/>·σ), summing to 1.</summary>
    /// <param name="sigma">The standard deviation in pixels (≥ 0).</param>
    /// <param name="truncate">The radius in standard deviations.</param>
    /// <returns>The weights.</returns>
    public static double[] Create(double sigma, double truncate)
    {
        int radius = (int)(truncate * sigma + 0.5);
        var kernel = new double[2 * radius + 1];
        kernel[radius] = 1;
        double total = 1;
        for (int i = 1; i <= radius; i++)
        {
            kernel[radius + i] = kernel[radius - i] = Math.Exp(-0.5 * i * i / (sigma * sigma));
            total += 2 * kernel[radius + i];
        }

        for (int i = 0; i < kernel.Length; i++)
        {
            kernel[i] /= total;
        }

        return kernel;
    }
}
