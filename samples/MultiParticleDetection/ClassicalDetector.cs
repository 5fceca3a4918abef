using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Processing;
using DeepTrack.Fluent.Torch;

namespace MultiParticleDetection;

/// <summary>
/// The classical detector the U-Net is compared with: a difference-of-Gaussians band-pass (σ 1 px minus σ 5 px, a
/// Laplacian-of-Gaussian approximation that removes the smooth cell background), a threshold of k robust noise standard
/// deviations (1.4826 · median absolute deviation of the band-passed image), 8-connected components of at least 2 pixels,
/// and each component's centroid weighted by its band-passed values above the threshold.
/// </summary>
/// <param name="k">The threshold in noise standard deviations.</param>
public sealed class ClassicalDetector(double k)
{
    private static readonly Feature<Image<double>, Image<double>> Fine = new GaussianBlur<double>().WithSigma(1);
    private static readonly Feature<Image<double>, Image<double>> Coarse = new GaussianBlur<double>().WithSigma(5);

    /// <summary>The threshold in noise standard deviations.</summary>
    public double K => k;

    /// <summary>The detections in one image.</summary>
    /// <param name="image">The raw image.</param>
    /// <returns>The detected positions.</returns>
    public IReadOnlyList<PixelPosition> Detect(Image<double> image)
    {
        var (bandPass, sigma) = BandPass(image);
        return Segmentation.Detect(bandPass, k * sigma, minimumArea: 2).Select(d => d.Position).ToArray();
    }

    /// <summary>The threshold (from 2 to 10 in steps of 0.1) that <see cref="Calibration.Choose"/> takes on calibration images.</summary>
    /// <param name="images">Calibration images with their true positions.</param>
    /// <param name="seed">The seed of the bootstrap.</param>
    /// <returns>The threshold k and how it was chosen.</returns>
    public static CalibratedThreshold Tune(IReadOnlyList<(Image<double> Image, IReadOnlyList<PixelPosition> Truth)> images, ulong seed)
    {
        var filtered = images.Select(i => (Filtered: BandPass(i.Image), i.Truth)).ToArray();
        return Calibration.Choose(
            Enumerable.Range(20, 81).Select(k => k / 10.0).ToArray(),
            k => filtered.Select(f => Metric.Detection(
                Segmentation.Detect(f.Filtered.Image, k * f.Filtered.Sigma, minimumArea: 2).Select(d => d.Position).ToArray(), f.Truth, Scene.Radius)).ToArray(),
            seed);
    }

    private static (Image<double> Image, double Sigma) BandPass(Image<double> image)
    {
        var fine = (Feature.Constant(image) >> Fine).Build(seed: 0).Resolve();
        var coarse = (Feature.Constant(image) >> Coarse).Build(seed: 0).Resolve();
        var difference = fine - coarse;
        var values = difference.AsReadOnlySpan().ToArray();
        Array.Sort(values);
        double median = values[values.Length / 2];
        var deviations = values.Select(v => Math.Abs(v - median)).OrderBy(v => v).ToArray();
        return (difference, 1.4826 * deviations[deviations.Length / 2]);
    }
}
