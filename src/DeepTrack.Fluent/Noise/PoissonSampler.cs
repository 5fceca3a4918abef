using System;
using System.Numerics;

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
    /// <summary>Means below this are drawn by inversion of one uniform.</summary>
    internal const double InversionLimit = 10;

    /// <summary>The largest count <see cref="Invert"/> decides; larger ones (probability below 1e-10 at a mean of 10) are left to <see cref="Inversion"/>.</summary>
    private const int LargestVectorCount = 40;

    /// <summary>
    /// How far a uniform must lie from the vector estimate of a cumulative probability for <see cref="Invert"/> to
    /// decide the comparison. The estimate and the sum of <see cref="Inversion"/> both approximate F(k) ≤ 1 by k + 1
    /// positive terms, each within (ε + 3k)·2⁻⁵³ of its value relative (ε: the exponential's error in ulps, below 3
    /// for both exponentials; at most three roundings per term of either recurrence), summed with a relative error
    /// below 1.5k·2⁻⁵³; for k ≤ 40 each is within 3e-14 of F(k), so they differ by less than a sixteenth of this margin.
    /// </summary>
    private const double Margin = 1e-12;

    private static readonly double[] LogFactorials = CreateLogFactorials(256);

    private static readonly double[] Reciprocals = CreateReciprocals(LargestVectorCount);

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

        var uniforms = new UniformBuffer(random, default);
        return Draw(ref uniforms, mean);
    }

    /// <summary>Draws a Poisson variate of a finite mean ≥ 0 from <paramref name="uniforms"/>.</summary>
    internal static double Draw(ref UniformBuffer uniforms, double mean)
        => mean < InversionLimit ? Inversion(uniforms.NextDouble(), mean) : TransformedRejection(ref uniforms, mean);

    /// <summary>The count that sequential inversion gives the uniform <paramref name="u"/> at a mean below <see cref="InversionLimit"/>.</summary>
    internal static double Inversion(double u, double mean)
    {
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

    /// <summary>
    /// <see cref="Inversion"/> of a vector of uniforms at means in [0, <see cref="InversionLimit"/>), with the same
    /// counts. The shortcut u &lt; 1 − λ is the same comparison. Otherwise the count is the number of cumulative
    /// probabilities at or below u; they are summed here with the vector exponential and reciprocals, two terms per
    /// step, so a lane is decided only where its uniform lies more than <see cref="Margin"/> from every cumulative
    /// probability it is compared with (then both sums give the same comparisons). The other lanes are flagged in
    /// <paramref name="undecided"/> (all bits set) for <see cref="Inversion"/>; so is a lane whose count would exceed
    /// <see cref="LargestVectorCount"/>, which also covers the far tail where <see cref="Inversion"/> stops adding
    /// terms that no longer change its sum.
    /// </summary>
    /// <param name="mean">The means.</param>
    /// <param name="u">The uniforms.</param>
    /// <param name="undecided">Lanes left to <see cref="Inversion"/>.</param>
    /// <returns>The counts of the decided lanes.</returns>
    internal static Vector<double> Invert(Vector<double> mean, Vector<double> u, out Vector<long> undecided)
    {
        var shortcut = Vector.LessThan(u, Vector<double>.One - mean);
        if (Vector.EqualsAll(shortcut, new Vector<long>(-1)))
        {
            undecided = Vector<long>.Zero;
            return Vector<double>.Zero;
        }

        // A lane that took the shortcut compares −1 with the probabilities: below all of them, so its count is 0.
        var x = Vector.ConditionalSelect(shortcut, new Vector<double>(-1), u);
        var margin = new Vector<double>(Margin);
        var probability = Vector.Exp(-mean);
        var cumulative = probability;

        // Minus the number of cumulative probabilities at most x − margin (low) and at most x + margin (high).
        Vector<long> low = Vector<long>.Zero, high = Vector<long>.Zero, capped = Vector<long>.Zero;
        for (int k = 0; ; k += 2)
        {
            var reached = Vector.GreaterThanOrEqual(x, cumulative - margin);
            if (reached == Vector<long>.Zero)
            {
                break;
            }

            if (k == LargestVectorCount)
            {
                capped = reached;
                break;
            }

            low += Vector.GreaterThanOrEqual(x, cumulative + margin);
            high += reached;
            var first = mean * new Vector<double>(Reciprocals[k + 1]);
            var second = mean * new Vector<double>(Reciprocals[k + 2]);
            var next = probability * first;
            probability *= first * second;
            var between = cumulative + next;
            cumulative += next + probability;
            low += Vector.GreaterThanOrEqual(x, between + margin);
            high += Vector.GreaterThanOrEqual(x, between - margin);
        }

        undecided = ~Vector.Equals(low, high) | capped;
        return Vector.ConvertToDouble(-low);
    }

    private static double TransformedRejection(ref UniformBuffer random, double mean)
    {
        // log λ and the logarithm of 1/α are needed only where the squeeze does not accept: computed then, once.
        double logMean = double.NaN, logInverseAlpha = double.NaN;
        double b = 0.931 + 2.53 * Math.Sqrt(mean);
        double a = -0.059 + 0.02483 * b;
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

            if (double.IsNaN(logMean))
            {
                logMean = Math.Log(mean);
                logInverseAlpha = Math.Log(1.1239 + 1.1328 / (b - 3.4));
            }

            if (Math.Log(v) + logInverseAlpha - Math.Log(a / (us * us) + b) <= -mean + k * logMean - LogFactorial(k))
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

    private static double[] CreateReciprocals(int largest)
    {
        var table = new double[largest + 1];
        for (int k = 1; k <= largest; k++)
        {
            table[k] = 1.0 / k;
        }

        return table;
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
