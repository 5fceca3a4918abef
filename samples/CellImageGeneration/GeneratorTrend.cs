using System;
using System.Collections.Generic;
using System.Linq;

namespace CellImageGeneration;

/// <summary>What the generator's loss did: its lowest point (of a moving average over 5 epochs) and where it ended.</summary>
/// <param name="LowestEpoch">The epoch of the smoothed curve's minimum.</param>
/// <param name="Lowest">The smoothed l_G there.</param>
/// <param name="Final">The smoothed l_G at the last epoch.</param>
/// <param name="LastQuarterSlope">The slope of a straight line fitted to l_G over the last quarter of the epochs, per 100 epochs (positive: rising).</param>
public sealed record GeneratorTrend(int LowestEpoch, double Lowest, double Final, double LastQuarterSlope)
{
    /// <summary>The trend of a training run.</summary>
    /// <param name="epochs">The losses per epoch.</param>
    /// <returns>The trend.</returns>
    public static GeneratorTrend Of(IReadOnlyList<EpochLosses> epochs)
    {
        var smooth = epochs.Select((_, i) => epochs.Skip(Math.Max(0, i - 2)).Take(Math.Min(i + 3, epochs.Count) - Math.Max(0, i - 2)).Average(e => e.Generator)).ToArray();
        int lowest = Array.IndexOf(smooth, smooth.Min());
        var tail = epochs.Skip(epochs.Count - Math.Max(2, epochs.Count / 4)).ToArray();
        double meanX = tail.Average(e => e.Epoch), meanY = tail.Average(e => e.Generator);
        double slope = tail.Sum(e => (e.Epoch - meanX) * (e.Generator - meanY)) / Math.Max(1e-12, tail.Sum(e => (e.Epoch - meanX) * (e.Epoch - meanX)));
        return new GeneratorTrend(epochs[lowest].Epoch, smooth[lowest], smooth[^1], 100 * slope);
    }
}
