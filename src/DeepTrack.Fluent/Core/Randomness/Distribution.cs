using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DeepTrack.Fluent;

/// <summary>The library's distributions, to set a property to a random value drawn per sample.</summary>
public static class Distribution
{
    /// <summary>Uniform on [<paramref name="low"/>, <paramref name="high"/>).</summary>
    /// <param name="low">Inclusive lower bound.</param>
    /// <param name="high">Exclusive upper bound; must not be below <paramref name="low"/>.</param>
    /// <returns>The distribution.</returns>
    public static Distribution<double> Uniform(double low, double high)
    {
        RequireFinite(low, nameof(low));
        RequireFinite(high, nameof(high));
        if (high < low)
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, $"Uniform needs high ≥ low; low is {Format(low)}.");
        }

        return new CustomDistribution<double>(r => r.NextDouble(low, high), $"Uniform({Format(low)}, {Format(high)})");
    }

    /// <summary>A length uniform on [<paramref name="low"/>, <paramref name="high"/>), e.g. <c>Uniform(150.Nanometers(), 300.Nanometers())</c>.</summary>
    /// <param name="low">Inclusive lower bound.</param>
    /// <param name="high">Exclusive upper bound; must not be below <paramref name="low"/>.</param>
    /// <returns>The distribution.</returns>
    public static Distribution<Length> Uniform(Length low, Length high)
    {
        var meters = Uniform(low.Meters, high.Meters);
        return new CustomDistribution<Length>(r => Length.FromMeters(meters.Draw(r)), $"Uniform({low}, {high})");
    }

    /// <summary>An angle uniform on [<paramref name="low"/>, <paramref name="high"/>), e.g. <c>Uniform(0.Degrees(), 360.Degrees())</c>.</summary>
    /// <param name="low">Inclusive lower bound.</param>
    /// <param name="high">Exclusive upper bound; must not be below <paramref name="low"/>.</param>
    /// <returns>The distribution.</returns>
    public static Distribution<Angle> Uniform(Angle low, Angle high)
    {
        var radians = Uniform(low.Radians, high.Radians);
        return new CustomDistribution<Angle>(r => new Angle(radians.Draw(r)), $"Uniform({low}, {high})");
    }

    /// <summary>
    /// Log-uniform (reciprocal) on [<paramref name="low"/>, <paramref name="high"/>) (to the rounding of exp): the logarithm is uniform, so
    /// every decade is equally likely (signal-to-noise ratios, concentrations, diffusion coefficients).
    /// </summary>
    /// <param name="low">Inclusive lower bound; must be finite and &gt; 0.</param>
    /// <param name="high">Exclusive upper bound; must be finite and not below <paramref name="low"/>.</param>
    /// <returns>The distribution.</returns>
    public static Distribution<double> LogUniform(double low, double high)
    {
        RequirePositive(low, nameof(low));
        RequirePositive(high, nameof(high));
        if (high < low)
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, $"LogUniform needs high ≥ low; low is {Format(low)}.");
        }

        double logLow = Math.Log(low), logHigh = Math.Log(high);

        return new CustomDistribution<double>(r => Math.Exp(r.NextDouble(logLow, logHigh)), $"LogUniform({Format(low)}, {Format(high)})");
    }

    /// <summary>A log-uniform length on [<paramref name="low"/>, <paramref name="high"/>), e.g. particle radii over a decade.</summary>
    /// <param name="low">Inclusive lower bound; must be &gt; 0.</param>
    /// <param name="high">Exclusive upper bound; must not be below <paramref name="low"/>.</param>
    /// <returns>The distribution.</returns>
    public static Distribution<Length> LogUniform(Length low, Length high)
    {
        var meters = LogUniform(low.Meters, high.Meters);
        return new CustomDistribution<Length>(r => Length.FromMeters(meters.Draw(r)), $"LogUniform({low}, {high})");
    }

    /// <summary>Uniform on the integers [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    /// <param name="minInclusive">Smallest value.</param>
    /// <param name="maxExclusive">One past the largest value.</param>
    /// <returns>The distribution.</returns>
    public static Distribution<int> UniformInt(int minInclusive, int maxExclusive)
    {
        if (maxExclusive <= minInclusive)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, $"UniformInt needs maxExclusive > minInclusive ({minInclusive}).");
        }

        return new CustomDistribution<int>(r => r.NextInt(minInclusive, maxExclusive), $"UniformInt({minInclusive}, {maxExclusive})");
    }

    /// <summary>Normal (Gaussian) with the given mean and standard deviation.</summary>
    /// <param name="mean">Mean.</param>
    /// <param name="standardDeviation">Standard deviation; must be ≥ 0.</param>
    /// <returns>The distribution.</returns>
    public static Distribution<double> Normal(double mean, double standardDeviation)
    {
        RequireFinite(mean, nameof(mean));
        RequireNonNegative(standardDeviation, nameof(standardDeviation));
        return new CustomDistribution<double>(r => mean + standardDeviation * r.NextGaussian(), $"Normal({Format(mean)}, {Format(standardDeviation)})");
    }

    /// <summary>Log-normal: exp(X) with X normal of the given mean and standard deviation (of the logarithm).</summary>
    /// <param name="mu">Mean of the logarithm.</param>
    /// <param name="sigma">Standard deviation of the logarithm; must be ≥ 0.</param>
    /// <returns>The distribution.</returns>
    public static Distribution<double> LogNormal(double mu, double sigma)
    {
        RequireFinite(mu, nameof(mu));
        RequireNonNegative(sigma, nameof(sigma));
        return new CustomDistribution<double>(r => Math.Exp(mu + sigma * r.NextGaussian()), $"LogNormal({Format(mu)}, {Format(sigma)})");
    }

    /// <summary>One of <paramref name="options"/>, each equally likely.</summary>
    /// <typeparam name="T">Type of the options.</typeparam>
    /// <param name="options">The options; at least one.</param>
    /// <returns>The distribution.</returns>
    public static Distribution<T> Choice<T>(params IReadOnlyList<T> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count == 0)
        {
            throw new ArgumentException("Choice needs at least one option.", nameof(options));
        }

        T[] copy = options.ToArray();
        return new CustomDistribution<T>(r => copy[r.NextInt(copy.Length)], $"Choice({string.Join(", ", copy)})");
    }

    /// <summary>One of <paramref name="options"/>, with the given relative weights.</summary>
    /// <typeparam name="T">Type of the options.</typeparam>
    /// <param name="options">The options and their non-negative weights (not all zero).</param>
    /// <returns>The distribution.</returns>
    public static Distribution<T> WeightedChoice<T>(params IReadOnlyList<(T Option, double Weight)> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var copy = options.ToArray();
        if (copy.Length == 0 || copy.Any(o => !(o.Weight >= 0) || double.IsInfinity(o.Weight)) || copy.Sum(o => o.Weight) <= 0)
        {
            throw new ArgumentException("WeightedChoice needs at least one option, finite weights ≥ 0, and a positive total weight.", nameof(options));
        }

        double total = copy.Sum(o => o.Weight);
        return new CustomDistribution<T>(
            r =>
            {
                double u = r.NextDouble() * total;
                foreach (var (option, weight) in copy)
                {
                    if (u < weight)
                    {
                        return option;
                    }

                    u -= weight;
                }

                return copy.Last(o => o.Weight > 0).Option;
            },
            $"WeightedChoice({string.Join(", ", copy.Select(o => $"{o.Option}: {Format(o.Weight)}"))})");
    }

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    /// <param name="probability">Probability of true, in [0, 1].</param>
    /// <returns>The distribution.</returns>
    public static Distribution<bool> Bernoulli(double probability)
    {
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability must lie in [0, 1].");
        }

        return new CustomDistribution<bool>(r => r.NextDouble() < probability, $"Bernoulli({Format(probability)})");
    }

    /// <summary>A position uniformly distributed over a rectangle of pixels [rows) × [columns).</summary>
    /// <param name="rowLow">Smallest row.</param>
    /// <param name="rowHigh">Largest row (exclusive).</param>
    /// <param name="columnLow">Smallest column.</param>
    /// <param name="columnHigh">Largest column (exclusive).</param>
    /// <returns>The distribution.</returns>
    public static Distribution<PixelPosition> UniformPosition(double rowLow, double rowHigh, double columnLow, double columnHigh)
    {
        var rows = Uniform(rowLow, rowHigh);
        var columns = Uniform(columnLow, columnHigh);
        return new CustomDistribution<PixelPosition>(
            r => new PixelPosition(rows.Draw(r), columns.Draw(r)),
            $"UniformPosition(rows {Format(rowLow)}..{Format(rowHigh)}, columns {Format(columnLow)}..{Format(columnHigh)})");
    }

    /// <summary>A distribution defined by a function of the seeded stream.</summary>
    /// <typeparam name="T">Type of the values.</typeparam>
    /// <param name="draw">Draws one value, taking all its randomness from the stream it is given.</param>
    /// <returns>The distribution.</returns>
    public static Distribution<T> From<T>(Func<RandomStream, T> draw) => new CustomDistribution<T>(draw);

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be finite.");
        }
    }

    private static void RequirePositive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be finite and > 0.");
        }
    }

    private static void RequireNonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be finite and ≥ 0.");
        }
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
