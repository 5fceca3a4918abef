using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Cameras;
using DeepTrack.Fluent.Labels;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;

namespace MultiParticleDetection;

/// <summary>
/// The simulated experiment: point emitters (quantum dots) imaged by a fluorescence microscope (NA 1.2, 600 nm,
/// 100 nm pixels) on the autofluorescence of cells (<see cref="CellBackground"/>), recorded by a camera with shot and
/// read noise; the label is 1 within 3 px of every emitter (<see cref="DiskMask"/>).
/// </summary>
public static class Scene
{
    /// <summary>The test images' size in pixels.</summary>
    public const int Size = 128;

    /// <summary>The training images' size: the U-Net is fully convolutional, so it trains on 64×64 fields of view (a quarter of the cost) and detects in 128×128 ones.</summary>
    public const int TrainingSize = 64;

    /// <summary>Photons per pixel between the cells.</summary>
    public const double BackgroundPhotons = 50;

    /// <summary>The paper's label disk radius and the detection matching radius (pixels).</summary>
    public const double Radius = 3;

    /// <summary>The standard deviation of the label's spots (pixels).</summary>
    public const double SpotSigma = 1;

    /// <summary>The microscope (128×128 pixels).</summary>
    public static Fluorescence Optics { get; } = new Fluorescence()
        .WithNA(1.2)
        .WithWavelength(600.Nanometers())
        .WithMagnification(10)
        .WithCameraPixelPitch(1.Micrometers())
        .WithOutputRegion(PixelRegion.Square(Size));

    /// <summary>The peak pixel of one emitter of intensity 1 at a pixel centre, without noise.</summary>
    public static double PeakPerIntensity { get; } = ((new PointParticle().WithPosition(new PixelPosition(64, 64)).WithIntensity(1) ^ 1) >> Optics)
        .Build(seed: 0).Resolve().AsReadOnlySpan().ToArray().Max();

    /// <summary>The emitter intensity whose peak is <paramref name="snr"/> times the background's shot noise √B.</summary>
    /// <param name="snr">The signal-to-noise ratio.</param>
    /// <returns>The intensity.</returns>
    public static double Intensity(double snr) => snr * Math.Sqrt(BackgroundPhotons) / PeakPerIntensity;

    /// <summary>An emitter at a uniform position with an SNR drawn from <paramref name="snr"/>.</summary>
    /// <param name="snr">The SNR distribution.</param>
    /// <param name="size">The image size.</param>
    /// <returns>The emitter.</returns>
    public static PointParticle Emitter(Distribution<double> snr, int size = Size)
        => new PointParticle().WithPosition(Distribution.UniformPosition(1, size - 2, 1, size - 2)).WithIntensity(snr.Select(Intensity));

    /// <summary>The image (camera counts, baseline subtracted) and the label mask.</summary>
    /// <param name="emitter">The emitter.</param>
    /// <param name="count">How many emitters per image.</param>
    /// <param name="label">What the label draws at the emitters.</param>
    /// <param name="size">The image size.</param>
    /// <returns>The pipeline feature.</returns>
    public static Feature<IReadOnlyList<SampleObject>, (Image<double> Image, Image<double> Mask)> Of(PointParticle emitter, Distribution<int> count, LabelShape label, int size = Size)
    {
        var sample = emitter ^ count;
        var cells = new CellBackground()
            .WithLevel(BackgroundPhotons)
            .WithContrast(Distribution.Uniform(0.5, 2))
            .WithCells(Distribution.UniformInt(1, 5))
            .WithCellRadius(Distribution.Uniform(25, 45))
            .WithGranularity(Distribution.Uniform(0.1, 0.4))
            .WithGrain(4);
        var camera = new Camera().WithQuantumEfficiency(1).WithReadNoise(2).WithBaseline(0);
        var image = sample >> Optics.WithOutputRegion(PixelRegion.Square(size)) >> cells >> camera;
        var mask = label switch
        {
            LabelShape.Spots => sample >> new SpotMask().WithOutputRegion(PixelRegion.Square(size)).WithSigma(SpotSigma),
            LabelShape.Disks => sample >> new DiskMask().WithOutputRegion(PixelRegion.Square(size)).WithRadius(Radius),
            _ => throw new ArgumentOutOfRangeException(nameof(label), label, "There is no such label shape."),
        };
        return image & mask;
    }

    /// <summary>The true emitter positions of an image.</summary>
    /// <param name="image">The image (its ground truth).</param>
    /// <param name="emitter">The emitter feature used.</param>
    /// <returns>The positions in pixels.</returns>
    public static IReadOnlyList<PixelPosition> Truth(Image<double> image, PointParticle emitter) => image.Get(emitter, p => p.Position);

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
