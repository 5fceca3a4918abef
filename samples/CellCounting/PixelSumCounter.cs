using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent;

namespace CellCounting;

/// <summary>
/// The sum-of-pixels baseline: the count is proportional to the light in the image once the background is removed,
/// count / area = <see cref="Slope"/> · mean pixel + <see cref="Intercept"/>, a straight line fitted by least squares on
/// the training crops (so it applies to images of any size).
/// </summary>
/// <param name="Slope">Nuclei per pixel per count of mean pixel value.</param>
/// <param name="Intercept">Nuclei per pixel at mean pixel value 0.</param>
public sealed record PixelSumCounter(double Slope, double Intercept)
{
    /// <summary>Fits the line on calibration images and their true counts.</summary>
    /// <param name="images">Raw images and true counts.</param>
    /// <returns>The counter.</returns>
    public static PixelSumCounter Fit(IReadOnlyList<(Image<double> Image, double Count)> images)
    {
        var x = images.Select(i => i.Image.Sum() / i.Image.Length).ToArray();
        var y = images.Select(i => i.Count / i.Image.Length).ToArray();
        double mx = x.Average(), my = y.Average();
        double slope = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my)) / x.Sum(v => (v - mx) * (v - mx));
        return new PixelSumCounter(slope, my - slope * mx);
    }

    /// <summary>The count of an image.</summary>
    /// <param name="image">A raw image.</param>
    /// <returns>The estimated count.</returns>
    public double Count(Image<double> image) => image.Length * (Slope * image.Sum() / image.Length + Intercept);
}
