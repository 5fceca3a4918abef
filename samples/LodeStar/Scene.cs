using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Cameras;
using DeepTrack.Fluent.IO;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;

namespace LodeStarSample;

/// <summary>
/// The simulated experiment: point emitters imaged by the library's fluorescence microscope (NA 1.2, 600 nm, 100 nm
/// pixels) on a uniform background of <see cref="BackgroundPhotons"/> photons per pixel, recorded by a shot-noise-limited
/// camera (quantum efficiency 1, no read noise, no offset: each pixel is a Poisson count of its expected photons). The
/// SNR is the emitter's noise-free peak over the background's shot noise √B.
/// </summary>
public static class Scene
{
    /// <summary>The single-particle test images' size (and the training crop's) in pixels.</summary>
    public const int Size = 32;

    /// <summary>The size of a frame of the movie in the detection study (and of the frame the crop is cut from).</summary>
    public const int FrameSize = 64;

    /// <summary>Expected background photons per pixel.</summary>
    public const double BackgroundPhotons = 10;

    /// <summary>Test emitters lie in rows and columns <see cref="Low"/> to <see cref="High"/> of the 32×32 image.</summary>
    public const double Low = 12, High = 19;

    /// <summary>
    /// Draws of a frame's positions before <see cref="Frame"/> gives up: all emitters are redrawn until every pair is 5 px
    /// apart, which at 20 emitters in a 64×64 frame succeeds in about one draw in 80 and at 30 in about one in 15 000.
    /// </summary>
    private const int MaxAttempts = 1_000_000;

    /// <summary>The microscope, for a square image of <paramref name="size"/> pixels.</summary>
    /// <param name="size">The image size.</param>
    /// <returns>The optics.</returns>
    public static Fluorescence Optics(int size) => new Fluorescence()
        .WithNA(1.2)
        .WithWavelength(600.Nanometers())
        .WithMagnification(10)
        .WithCameraPixelPitch(1.Micrometers())
        .WithOutputRegion(PixelRegion.Square(size));

    /// <summary>The noise-free peak of one emitter of intensity 1 at a pixel centre.</summary>
    public static double PeakPerIntensity { get; } = Expected(new PixelPosition(16, 16), 1, Size).Max();

    /// <summary>The emitter intensity of SNR <paramref name="snr"/>: its noise-free peak is snr·√B photons above the background.</summary>
    /// <param name="snr">The signal-to-noise ratio.</param>
    /// <returns>The intensity.</returns>
    public static double Intensity(double snr) => snr * Math.Sqrt(BackgroundPhotons) / PeakPerIntensity;

    /// <summary>The camera: shot noise only, counts equal to photons.</summary>
    public static Camera Camera { get; } = new Camera().WithQuantumEfficiency(1).WithReadNoise(0).WithBaseline(0);

    /// <summary>A test emitter of SNR <paramref name="snr"/> at a uniform position in the middle of a 32×32 image.</summary>
    /// <param name="snr">The SNR.</param>
    /// <returns>The emitter.</returns>
    public static PointParticle Emitter(double snr)
        => new PointParticle().WithPosition(Distribution.UniformPosition(Low, High, Low, High)).WithIntensity(Intensity(snr));

    /// <summary>A noisy image of one emitter (32×32).</summary>
    /// <param name="emitter">The emitter.</param>
    /// <returns>The pipeline feature.</returns>
    public static Feature<IReadOnlyList<SampleObject>, Image<double>> Single(PointParticle emitter)
        => (emitter ^ 1) >> Optics(Size) >> new Background().WithLevel(BackgroundPhotons) >> Camera;

    /// <summary>A noisy 64×64 frame of <paramref name="count"/> emitters of SNR <paramref name="snr"/>, at least 5 px apart.</summary>
    /// <param name="snr">The SNR.</param>
    /// <param name="count">How many emitters.</param>
    /// <returns>The emitter feature (for the ground truth) and the pipeline feature.</returns>
    public static (PointParticle Emitter, Feature<IReadOnlyList<SampleObject>, Image<double>> Frame) Frame(double snr, int count)
    {
        var emitter = new PointParticle().WithPosition(Distribution.UniformPosition(2, FrameSize - 3, 2, FrameSize - 3)).WithIntensity(Intensity(snr));
        return (emitter, (emitter ^ count).NonOverlapping(minimumDistance: 5).WithMaxAttempts(MaxAttempts) >> Optics(FrameSize) >> new Background().WithLevel(BackgroundPhotons) >> Camera);
    }

    /// <summary>The expected photons per pixel (noise-free, with the background) of one emitter.</summary>
    /// <param name="position">Where the emitter is.</param>
    /// <param name="intensity">Its intensity (1: the optics' unit).</param>
    /// <param name="size">The image size.</param>
    /// <param name="background">The background added.</param>
    /// <returns>The pixels, row-major.</returns>
    public static double[] Expected(PixelPosition position, double intensity, int size, double background = 0)
    {
        var image = ((new PointParticle().WithPosition(position).WithIntensity(intensity) ^ 1) >> Optics(size)).Build(seed: 0).Resolve();
        return [.. image.AsReadOnlySpan().ToArray().Select(v => v + background)];
    }

    /// <summary>
    /// The training crop, as a user would take it: a 64×64 frame with one emitter of SNR <paramref name="snr"/> is saved
    /// as a 16-bit TIFF file, read back, and the 32×32 window around the pixel nearest the emitter is cut out.
    /// </summary>
    /// <param name="snr">The SNR.</param>
    /// <param name="seed">The seed of the frame.</param>
    /// <param name="folder">Where the TIFF goes.</param>
    /// <returns>The crop and the file it was cut from.</returns>
    public static (Image<double> Crop, string File) CropFromFile(double snr, ulong seed, string folder)
    {
        var emitter = new PointParticle().WithPosition(new PixelPosition(30.3, 33.6)).WithIntensity(Intensity(snr));
        var frame = ((emitter ^ 1) >> Optics(FrameSize) >> new Background().WithLevel(BackgroundPhotons) >> Camera).Build(seed).Resolve();
        string path = Path.Combine(folder, $"frame_snr{snr:G4}.tif");
        var counts = new Image<ushort>(FrameSize, FrameSize);
        for (int row = 0; row < FrameSize; row++)
        {
            for (int column = 0; column < FrameSize; column++)
            {
                counts[row, column] = (ushort)frame[row, column];
            }
        }

        TiffFile.Write(path, counts);
        var read = TiffFile.Read<double>(path);
        var crop = new Crop<double>().WithTop(30 - (Size / 2)).WithLeft(34 - (Size / 2)).WithHeight(Size).WithWidth(Size).Apply(read);
        return (crop, path);
    }

    /// <summary>The true emitter positions of an image.</summary>
    /// <param name="image">The image.</param>
    /// <param name="emitter">Its emitter feature.</param>
    /// <returns>The positions.</returns>
    public static IReadOnlyList<PixelPosition> Truth(Image<double> image, PointParticle emitter) => image.Get(emitter, p => p.Position);
}
