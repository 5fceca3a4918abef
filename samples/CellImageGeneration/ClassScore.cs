using System;
using System.Collections.Generic;
using System.Linq;

namespace CellImageGeneration;

/// <summary>The intensities of one class's pixels in generated and rendered images.</summary>
/// <param name="Class">The class index (0 cytoplasm, 1 membrane, 2 mitochondrion).</param>
/// <param name="Name">The class's name.</param>
/// <param name="Pixels">How many test pixels hold the class.</param>
/// <param name="GeneratedMean">Mean generated intensity.</param>
/// <param name="RenderedMean">Mean rendered intensity.</param>
/// <param name="GeneratedStd">Standard deviation of generated intensities.</param>
/// <param name="RenderedStd">Standard deviation of rendered intensities.</param>
/// <param name="Intersection">Histogram intersection Σ min(p, q) of the two normalised histograms: 1 identical, 0 disjoint.</param>
/// <param name="GeneratedHistogram">Fractions of generated pixels per bin over [−1, 1].</param>
/// <param name="RenderedHistogram">Fractions of rendered pixels per bin.</param>
public sealed record ClassScore(
    int Class, string Name, int Pixels, double GeneratedMean, double RenderedMean, double GeneratedStd, double RenderedStd,
    double Intersection, IReadOnlyList<double> GeneratedHistogram, IReadOnlyList<double> RenderedHistogram)
{
    /// <summary>The class names by index.</summary>
    public static readonly string[] Names = ["cytoplasm", "membrane", "mitochondrion"];

    /// <summary>Scores one class.</summary>
    /// <param name="c">The class.</param>
    /// <param name="generated">Generated images.</param>
    /// <param name="rendered">Rendered images of the same masks.</param>
    /// <param name="masks">The masks.</param>
    /// <param name="bins">Histogram bins over [−1, 1].</param>
    /// <returns>The score.</returns>
    public static ClassScore Of(int c, IReadOnlyList<float[]> generated, IReadOnlyList<float[]> rendered, IReadOnlyList<double[]> masks, int bins)
    {
        var g = new List<double>();
        var r = new List<double>();
        for (int i = 0; i < masks.Count; i++)
        {
            for (int j = 0; j < masks[i].Length; j++)
            {
                if (masks[i][j] == c)
                {
                    g.Add(generated[i][j]);
                    r.Add(rendered[i][j]);
                }
            }
        }

        var p = Histogram(g, bins);
        var q = Histogram(r, bins);
        return new ClassScore(c, Names[c], g.Count, Mean(g), Mean(r), Std(g), Std(r), p.Zip(q, Math.Min).Sum(), p, q);
    }

    private static double[] Histogram(List<double> values, int bins)
    {
        var counts = new double[bins];
        foreach (double v in values)
        {
            counts[Math.Clamp((int)Math.Floor((v + 1) / 2 * bins), 0, bins - 1)] += 1.0 / Math.Max(1, values.Count);
        }

        return counts;
    }

    private static double Mean(List<double> values) => values.Count == 0 ? double.NaN : values.Average();

    private static double Std(List<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        double mean = values.Average();
        return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
    }
}
