using System;
using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent.Cli;

/// <summary>The distribution of one drawn property over many samples: summary numbers and an equal-width histogram.</summary>
internal sealed class PropertyHistogram
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    public PropertyHistogram(string feature, int node, string property, IReadOnlyList<double> values, int bins)
    {
        Feature = feature;
        Node = node;
        Property = property;
        Count = values.Count;
        Minimum = values.Min();
        Maximum = values.Max();
        Mean = values.Average();
        StandardDeviation = values.Count > 1 && Minimum != Maximum ? Math.Sqrt(values.Sum(v => (v - Mean) * (v - Mean)) / (values.Count - 1)) : 0;
        Counts = new long[Minimum == Maximum ? 1 : bins];
        double width = (Maximum - Minimum) / Counts.Length;
        foreach (double value in values)
        {
            // Equal-width bins over [min, max]; the maximum falls in the last bin.
            int bin = width > 0 ? Math.Min((int)((value - Minimum) / width), Counts.Length - 1) : 0;
            Counts[bin]++;
        }
    }

    public string Feature { get; }

    public int Node { get; }

    public string Property { get; }

    public int Count { get; }

    public double Minimum { get; }

    public double Maximum { get; }

    public double Mean { get; }

    public double StandardDeviation { get; }

    /// <summary>Values per bin; one bin when every value is the same.</summary>
    public long[] Counts { get; }

    public bool IsConstant => Minimum == Maximum;

    /// <summary>The lower edge of bin <paramref name="bin"/> (the upper edge of the last is <see cref="Maximum"/>).</summary>
    public double Edge(int bin) => bin == Counts.Length ? Maximum : Minimum + ((Maximum - Minimum) * bin / Counts.Length);

    /// <summary>The histogram as one line of block characters, tallest bar for the fullest bin.</summary>
    public string Sparkline()
    {
        long most = Counts.Max();
        return new string([.. Counts.Select(c => c == 0 ? ' ' : Bars[(int)Math.Min(Bars.Length - 1, c * Bars.Length / (most + 1))])]);
    }
}
