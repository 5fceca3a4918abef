using System;
using DeepTrack.Fluent.Noise;

namespace DeepTrack.Fluent.Tests.Noise;

/// <summary>
/// Poisson noise as <see cref="PoissonNoise"/> and <see cref="PoissonSampler"/> drew it one pixel and one uniform at a
/// time before the draws were vectorised (commit 68daa50), the method bodies copied unchanged, so that
/// <see cref="PoissonEquivalenceTests"/> can require the same bits and the same position of the stream afterwards.
/// </summary>
internal static class ScalarPoisson
{
    private const double NormalLimit = 1 << 30;

    private static readonly double[] LogFactorials = CreateLogFactorials(256);

    /// <summary>The pixel loop of <c>PoissonNoise.Compute</c> (its <c>Draw</c> is <see cref="NoiseDraw"/> here).</summary>
    public static void Noise(ReadOnlySpan<double> source, double scale, Span<double> target, RandomStream random)
    {
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = source[i] > 0 ? NoiseDraw(random, source[i] * scale) / scale : 0;
        }
    }

    /// <summary><c>PoissonSampler.Draw</c>.</summary>
    public static double Draw(RandomStream random, double mean)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!(mean >= 0) || double.IsInfinity(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "The mean must be finite and ≥ 0.");
        }

        return mean < 10 ? Inversion(random, mean) : TransformedRejection(random, mean);
    }

    /// <summary><c>PoissonNoise.Draw</c>.</summary>
    private static double NoiseDraw(RandomStream random, double mean)
        => mean < NormalLimit ? Draw(random, mean) : Math.Round(mean + Math.Sqrt(mean) * random.NextGaussian());

    private static double Inversion(RandomStream random, double mean)
    {
        double u = random.NextDouble();
        if (u < 1 - mean)
        {
            return 0;
        }

        double probability = Math.Exp(-mean), cumulative = probability;
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

    private static double TransformedRejection(RandomStream random, double mean)
    {
        double logMean = Math.Log(mean);
        double b = 0.931 + 2.53 * Math.Sqrt(mean);
        double a = -0.059 + 0.02483 * b;
        double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true)
        {
            double u = random.NextDouble() - 0.5;
            double v = random.NextDouble();
            double us = 0.5 - Math.Abs(u);
            double k = Math.Floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(inverseAlpha) - Math.Log(a / (us * us) + b) <= -mean + k * logMean - LogFactorial(k))
            {
                return k;
            }
        }
    }

    private static double LogFactorial(double n)
    {
        if (n < LogFactorials.Length)
        {
            return LogFactorials[(int)n];
        }

        double inverse = 1 / n, inverse2 = inverse * inverse;
        return n * Math.Log(n) - n + 0.5 * Math.Log(2 * Math.PI * n) + inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 / 1260));
    }

    private static double[] CreateLogFactorials(int count)
    {
        var table = new double[count];
        for (int i = 2; i < count; i++)
        {
            table[i] = table[i - 1] + Math.Log(i);
        }

        return table;
    }
}
