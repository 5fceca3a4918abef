using System;

namespace DeepTrack.Fluent.Noise;

/// <summary>
/// Gamma variates from a <see cref="RandomStream"/> by Marsaglia and Tsang's method ("A simple method for generating
/// gamma variables", ACM TOMS 26, 363, 2000), with the boost u^{1/k} for shapes below 1.
/// </summary>
/// <remarks>
/// Written here rather than taken from a library: the libraries at hand (MathNet.Numerics) draw from
/// <c>System.Random</c>, while every draw of a pipeline must come from its seeded <see cref="RandomStream"/>.
/// </remarks>
public static class GammaSampler
{
    /// <summary>Draws from the gamma distribution of shape k and scale θ (mean kθ, variance kθ²).</summary>
    /// <param name="random">The stream.</param>
    /// <param name="shape">The shape k &gt; 0.</param>
    /// <param name="scale">The scale θ &gt; 0.</param>
    /// <returns>The variate.</returns>
    public static double Draw(RandomStream random, double shape, double scale)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!(shape > 0) || double.IsInfinity(shape))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "The shape must be finite and > 0.");
        }

        if (!(scale > 0) || double.IsInfinity(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be finite and > 0.");
        }

        if (shape < 1)
        {
            double u = random.NextDouble();
            return Standard(random, shape + 1) * Math.Pow(u, 1 / shape) * scale;
        }

        return Standard(random, shape) * scale;
    }

    private static double Standard(RandomStream random, double shape)
    {
        double d = shape - 1.0 / 3, c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = random.NextGaussian();
                v = 1 + c * x;
            }
            while (v <= 0);

            v = v * v * v;
            double u = random.NextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v)))
            {
                return d * v;
            }
        }
    }
}
