using System;

namespace DeepTrack.Fluent.Noise;

/// <summary>
/// Exact Poisson variates from a <see cref="RandomStream"/>: sequential inversion of one uniform below a mean of 10,
/// Hörmann's transformed rejection with squeeze (PTRS, 1993) above.
/// </summary>
/// <remarks>
/// Inversion returns the smallest k with u &lt; F(k). Since e^−λ ≥ 1 − λ, a uniform u &lt; 1 − λ gives 0 without
/// evaluating the exponential, so the dim pixels of an image (λ ≪ 1) cost one uniform each.
/// </remarks>
public static class PoissonSampler
{
    private static readonly double[] LogFactorials = CreateLogFactorials(256);

    /// <summary>Draws a Poisson variate.</summary>
    /// <param name="random">The stream.</param>
    /// <param name="mean">The mean λ ≥ 0.</param>
    /// <returns>The count.</returns>
    public static double Draw(RandomStream random, double mean)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!(mean >= 0) || double.IsInfinity(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "The mean must be finite and ≥ 0.");
        }

        return mean < 10 ? Inversion(random, mean) : TransformedRejection(random, mean);
    }

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
