using ILGPU;
using ILGPU.Algorithms;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>
/// Noise on the device: per-image maxima (for the photon scale of Poisson noise), Poisson counts and normal noise,
/// each pixel drawing from its own <see cref="CounterRandom"/> stream. The Poisson sampler is the managed
/// <c>PoissonSampler</c>'s (inversion below a mean of 10, Hörmann's PTRS above, a rounded normal beyond 2^30).
/// </summary>
internal static class NoiseKernels
{
    /// <summary>The most threads per group of <see cref="Maximum"/> (a power of two; fewer where the accelerator allows fewer).</summary>
    public const int GroupSize = 128;

    /// <summary>The expected count above which a rounded normal replaces the Poisson draw (as in the managed path).</summary>
    private const double NormalLimit = 1 << 30;

    /// <summary>One group per image (of a power of two threads, at most <see cref="GroupSize"/>): the largest pixel, or NaN if any pixel is not finite.</summary>
    /// <param name="images">The batch, image-major.</param>
    /// <param name="maxima">One value per image.</param>
    /// <param name="pixels">Pixels per image.</param>
    public static void Maximum(ArrayView<double> images, ArrayView<double> maxima, int pixels)
    {
        var shared = SharedMemory.Allocate<double>(GroupSize);
        int image = Grid.IdxX;
        long basis = (long)image * pixels;
        double best = double.NegativeInfinity;
        bool finite = true;
        for (int i = Group.IdxX; i < pixels; i += Group.DimX)
        {
            double value = images[basis + i];
            finite &= !double.IsNaN(value) && !double.IsInfinity(value);
            best = XMath.Max(best, value);
        }

        shared[Group.IdxX] = finite ? best : double.NaN;
        Group.Barrier();
        for (int half = Group.DimX / 2; half > 0; half /= 2)
        {
            if (Group.IdxX < half)
            {
                double other = shared[Group.IdxX + half], mine = shared[Group.IdxX];
                shared[Group.IdxX] = double.IsNaN(mine) || double.IsNaN(other) ? double.NaN : XMath.Max(mine, other);
            }

            Group.Barrier();
        }

        if (Group.IdxX == 0)
        {
            maxima[image] = shared[0];
        }
    }

    /// <summary>Replaces every pixel by Poisson(value × scale) / scale (0 where value ≤ 0 or scale = 0).</summary>
    /// <param name="index">Image × pixel.</param>
    /// <param name="images">The batch, changed in place.</param>
    /// <param name="scales">Photons per unit of each image.</param>
    /// <param name="keys">The random key of each image.</param>
    /// <param name="logFactorials">ln k! for k &lt; its length.</param>
    /// <param name="pixels">Pixels per image.</param>
    public static void Poisson(Index1D index, ArrayView<double> images, ArrayView<double> scales, ArrayView<ulong> keys, ArrayView<double> logFactorials, int pixels)
    {
        int image = index / pixels;
        double scale = scales[image], value = images[index];
        if (scale == 0 || !(value > 0))
        {
            images[index] = 0;
            return;
        }

        var random = new CounterRandom(keys[image], index - ((long)image * pixels));
        double mean = value * scale;
        double count = mean >= NormalLimit
            ? XMath.Round(mean + (XMath.Sqrt(mean) * Normal(ref random)))
            : mean < 10 ? Inversion(ref random, mean) : TransformedRejection(ref random, mean, logFactorials);
        images[index] = count / scale;
    }

    /// <summary>Adds mean + sigma × N(0, 1) to every pixel.</summary>
    /// <param name="index">Image × pixel.</param>
    /// <param name="images">The batch, changed in place.</param>
    /// <param name="means">The mean of each image's noise.</param>
    /// <param name="sigmas">The standard deviation of each image's noise.</param>
    /// <param name="keys">The random key of each image.</param>
    /// <param name="pixels">Pixels per image.</param>
    public static void Gaussian(Index1D index, ArrayView<double> images, ArrayView<double> means, ArrayView<double> sigmas, ArrayView<ulong> keys, int pixels)
    {
        int image = index / pixels;
        var random = new CounterRandom(keys[image], index - ((long)image * pixels));
        images[index] += means[image] + (sigmas[image] * Normal(ref random));
    }

    /// <summary>A standard normal by the Box–Muller transform (1 − u keeps the logarithm finite).</summary>
    private static double Normal(ref CounterRandom random)
    {
        double u = 1 - random.NextDouble(), v = random.NextDouble();
        return XMath.Sqrt(-2 * XMath.Log(u)) * XMath.Cos(2 * XMath.PID * v);
    }

    private static double Inversion(ref CounterRandom random, double mean)
    {
        double u = random.NextDouble();
        if (u < 1 - mean)
        {
            return 0;
        }

        double probability = XMath.Exp(-mean), cumulative = probability;
        int count = 0;
        while (u >= cumulative)
        {
            count++;
            probability *= mean / count;
            if (count > mean && cumulative + probability == cumulative)
            {
                break;
            }

            cumulative += probability;
        }

        return count;
    }

    private static double TransformedRejection(ref CounterRandom random, double mean, ArrayView<double> logFactorials)
    {
        double logMean = XMath.Log(mean);
        double b = 0.931 + (2.53 * XMath.Sqrt(mean));
        double a = -0.059 + (0.02483 * b);
        double inverseAlpha = 1.1239 + (1.1328 / (b - 3.4));
        double vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            double u = random.NextDouble() - 0.5;
            double v = random.NextDouble();
            double us = 0.5 - XMath.Abs(u);
            double k = XMath.Floor((((2 * a) / us) + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (XMath.Log(v) + XMath.Log(inverseAlpha) - XMath.Log((a / (us * us)) + b) <= -mean + (k * logMean) - LogFactorial(k, logFactorials))
            {
                return k;
            }
        }
    }

    private static double LogFactorial(double n, ArrayView<double> table)
    {
        if (n < table.IntLength)
        {
            return table[(int)n];
        }

        double inverse = 1 / n, inverse2 = inverse * inverse;
        return (n * XMath.Log(n)) - n + (0.5 * XMath.Log(2 * XMath.PID * n)) + (inverse * ((1.0 / 12) - (inverse2 * ((1.0 / 360) - (inverse2 / 1260)))));
    }
}
