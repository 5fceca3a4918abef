using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Analysis;
using DeepTrack.Fluent.Processing;

namespace CellCounting;

/// <summary>
/// The classical count: smooth the image (Gaussian, σ 2 px), threshold it at low + <see cref="Level"/>·(high − low) with
/// low and high its 1 % and 99.5 % quantiles, and count the 8-connected components of at least <see cref="MinimumArea"/>
/// pixels (<see cref="ConnectedComponents"/>). Both parameters are tuned on the training crops.
/// </summary>
/// <param name="Level">The threshold between the dark and the bright quantile, in (0, 1).</param>
/// <param name="MinimumArea">Smaller components are not counted.</param>
public sealed record ThresholdCounter(double Level, int MinimumArea)
{
    private static readonly double[] Levels = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6];
    private static readonly int[] Areas = [5, 10, 20, 40, 80];

    /// <summary>The parameters with the smallest mean absolute count error on calibration images.</summary>
    /// <param name="images">Raw images and true counts.</param>
    /// <returns>The counter.</returns>
    public static ThresholdCounter Tune(IReadOnlyList<(Image<double> Image, double Count)> images)
    {
        var smooth = images.Select(i => (Smooth(i.Image), i.Count)).ToArray();
        return Levels.SelectMany(level => Areas.Select(area => new ThresholdCounter(level, area)))
            .MinBy(c => smooth.Average(i => Math.Abs(c.CountSmoothed(i.Item1) - i.Count)))!;
    }

    /// <summary>The count of an image.</summary>
    /// <param name="image">A raw image.</param>
    /// <returns>The number of components.</returns>
    public double Count(Image<double> image) => CountSmoothed(Smooth(image));

    /// <summary>The threshold of a smoothed image.</summary>
    /// <param name="smooth">The smoothed image.</param>
    /// <returns>The threshold.</returns>
    public double Threshold(Image<double> smooth)
    {
        var sorted = smooth.AsReadOnlySpan().ToArray();
        Array.Sort(sorted);
        double low = sorted[(int)(0.01 * (sorted.Length - 1))], high = sorted[(int)(0.995 * (sorted.Length - 1))];
        return low + Level * (high - low);
    }

    private double CountSmoothed(Image<double> smooth) => ConnectedComponents.Count(smooth, Threshold(smooth), MinimumArea);

    /// <summary>The image smoothed by a Gaussian of σ 2 px.</summary>
    /// <param name="image">A raw image.</param>
    /// <returns>The smoothed copy.</returns>
    public static Image<double> Smooth(Image<double> image) => new GaussianBlur<double>().WithSigma(2).Apply(image);
}
