using System;
using System.Collections.Generic;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Cameras;
using DeepTrack.Fluent.Labels;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;

namespace CellCounting;

/// <summary>
/// The simulated experiment: stained nuclei (<see cref="Nucleus"/>: size, shape, brightness and texture vary; positions
/// are uniform, so nuclei touch and overlap) imaged by a widefield fluorescence microscope (NA 0.45, 500 nm, 0.65 µm
/// pixels), on an autofluorescence background, under uneven illumination (<see cref="UnevenIllumination"/>), recorded by
/// a camera with shot and read noise. The label is a density map (<see cref="DensityMap"/>): each nucleus a Gaussian of
/// σ = 10 px that integrates to one, scaled by <see cref="LabelScale"/>.
/// </summary>
public static class Scene
{
    /// <summary>The density map's Gaussian width in pixels (the paper: 10).</summary>
    public const double Sigma = 10;

    /// <summary>The density map's scale: each nucleus integrates to this in the label (keeps the regression targets near 1).</summary>
    public const double LabelScale = 1000;

    /// <summary>Nucleus centres may lie this many pixels outside the image (half-visible nuclei at the borders).</summary>
    public const int Margin = 12;

    /// <summary>The fewest nuclei per 10⁴ px² (the sparsest images).</summary>
    public const double MinimumDensity = 0.5;

    /// <summary>The most nuclei per 10⁴ px² (confluent images, most nuclei touching a neighbour).</summary>
    public const double MaximumDensity = 10;

    /// <summary>Photons per pixel of the background between the nuclei.</summary>
    public const double BackgroundPhotons = 20;

    /// <summary>Photons per pixel emitted by a nucleus of median brightness.</summary>
    public const double NucleusPhotons = 60;

    /// <summary>The microscope; its output region is set per image size.</summary>
    public static Fluorescence Optics { get; } = new Fluorescence()
        .WithNA(0.45)
        .WithWavelength(500.Nanometers())
        .WithMagnification(10)
        .WithCameraPixelPitch(6.5.Micrometers())
        .WithPadding(16);

    /// <summary>A nucleus: semi-axes 5–8 µm (7.7–12.3 px) and 4–7 µm (6.2–10.8 px), any orientation, outline deformed by up
    /// to 5–25 %, a texture of strength 0.2–0.6 and grain 1.5–3 px, brightness 0.5–1.5× the median.</summary>
    /// <param name="height">The image height.</param>
    /// <param name="width">The image width.</param>
    /// <returns>The scatterer.</returns>
    public static Nucleus Nucleus(int height, int width)
    {
        return new Nucleus()
            .WithRadius(Distribution.Uniform(5.Micrometers(), 8.Micrometers()))
            .WithSecondRadius(Distribution.Uniform(4.0, 7.0).Select(r => (Length?)r.Micrometers()))
            .WithRotation(Distribution.Uniform(0, Math.PI).Select(r => new Angle(r)))
            .WithDeformation(Distribution.Uniform(0.05, 0.25))
            .WithModes(3)
            .WithTexture(Distribution.Uniform(0.2, 0.6))
            .WithTextureScale(Distribution.Uniform(1.5, 3))
            .WithIntensity(Distribution.Uniform(0.5, 1.5).Select(b => b * NucleusPhotons))
            .WithPosition(Distribution.UniformPosition(-Margin, height + Margin, -Margin, width + Margin));
    }

    /// <summary>How many nuclei an image of this size holds: a density uniform in [<see cref="MinimumDensity"/>,
    /// <see cref="MaximumDensity"/>] per 10⁴ px² times the area where centres may lie.</summary>
    /// <param name="height">The image height.</param>
    /// <param name="width">The image width.</param>
    /// <returns>The count distribution.</returns>
    public static Distribution<int> Count(int height, int width)
    {
        double area = (height + 2.0 * Margin) * (width + 2.0 * Margin) / 1e4;
        return Distribution.From(r => (int)Math.Round(r.NextDouble(MinimumDensity, MaximumDensity) * area));
    }

    /// <summary>The image (camera counts, baseline subtracted) and the density label (each nucleus integrates to <see cref="LabelScale"/>).</summary>
    /// <param name="height">The image height.</param>
    /// <param name="width">The image width.</param>
    /// <param name="nucleus">The nucleus (default: <see cref="Nucleus(int, int)"/>); pass one to read its ground truth back.</param>
    /// <returns>The pipeline feature.</returns>
    public static Feature<IReadOnlyList<SampleObject>, (Image<double> Image, Image<double> Density)> Of(int height, int width, Nucleus? nucleus = null)
    {
        var region = new PixelRegion(0, 0, height, width);
        var sample = (nucleus ?? Nucleus(height, width)) ^ Count(height, width);
        var illumination = new UnevenIllumination().WithStrength(Distribution.Uniform(0.1, 0.4)).WithScale(Math.Max(height, width));
        var camera = new Camera().WithQuantumEfficiency(1).WithReadNoise(3).WithBaseline(0);
        var image = sample >> Optics.WithOutputRegion(region) >> new Background().WithLevel(BackgroundPhotons) >> illumination >> camera;
        var density = sample >> new DensityMap().WithOutputRegion(region).WithSigma(Sigma) * LabelScale;
        return image & density;
    }

    /// <summary>Zero mean and unit standard deviation per image: what the network sees.</summary>
    /// <param name="image">The image.</param>
    /// <returns>The standardised copy.</returns>
    public static Image<double> Standardise(Image<double> image)
    {
        var pixels = image.AsReadOnlySpan();
        double mean = 0, square = 0;
        foreach (double v in pixels)
        {
            mean += v / pixels.Length;
            square += v * v / pixels.Length;
        }

        double scale = 1 / Math.Sqrt(Math.Max(square - mean * mean, 1e-12));
        return image.Map(v => (v - mean) * scale);
    }
}
