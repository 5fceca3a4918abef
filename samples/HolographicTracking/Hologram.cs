using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Labels;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace HolographicTracking;

/// <summary>
/// The simulated measurement: 150 nm and 230 nm polystyrene spheres in water, 2–30 µm from the focal plane, recorded as
/// intensity holograms by in-line holography (coherent brightfield: |incident + Mie-scattered field|², 532 nm, NA 0.6,
/// 0.4 µm pixels) with horizontal and vertical coma of random strength in the pupil and Gaussian camera noise; the label
/// is a volume with one plane per z bin and a sphere of radius 3 (pixels laterally, bins axially) at every particle.
/// </summary>
public static class Hologram
{
    /// <summary>Water.</summary>
    public const double MediumIndex = 1.33;

    /// <summary>Polystyrene.</summary>
    public const double PolystyreneIndex = 1.59;

    /// <summary>The pixel size in the sample plane, µm (camera pitch 8 µm at magnification 20).</summary>
    public const double PixelMicrometers = 0.4;

    /// <summary>The particles' axial range, µm from the focal plane.</summary>
    public const double MinimumZ = 2, MaximumZ = 30;

    /// <summary>The label spheres' radius: pixels laterally, bins axially (the paper: 3 px).</summary>
    public const double LabelRadius = 3;

    /// <summary>The lateral distance within which a detection matches a particle (pixels).</summary>
    public const double MatchRadius = 3;

    /// <summary>The microscope for images of <paramref name="size"/>×<paramref name="size"/> pixels.</summary>
    /// <param name="size">The image size.</param>
    /// <returns>The optics.</returns>
    public static Brightfield Optics(int size) => new Brightfield()
        .WithNA(0.6)
        .WithWavelength(532.Nanometers())
        .WithRefractiveIndexMedium(MediumIndex)
        .WithMagnification(20)
        .WithCameraPixelPitch(8.Micrometers())
        .WithPadding(32)
        .WithOutputRegion(PixelRegion.Square(size))
        .WithPupil(Zernike.HorizontalComa(0).WithCoefficient(Distribution.Uniform(-0.4, 0.4))
            >> Zernike.VerticalComa(0).WithCoefficient(Distribution.Uniform(-0.4, 0.4)));

    /// <summary>The z bins of the particles' range, in pixels, extended by the label radius on each side so that every label sphere is whole.</summary>
    /// <param name="bins">Bins over 2–30 µm.</param>
    /// <returns>The volume's bins (<paramref name="bins"/> + 6 planes).</returns>
    public static AxialBins Bins(int bins) => new AxialBins(ToPixels(MinimumZ), ToPixels(MaximumZ), bins).WithMargin((int)LabelRadius);

    /// <summary>µm to pixels.</summary>
    /// <param name="micrometers">A distance in µm.</param>
    /// <returns>In pixels.</returns>
    public static double ToPixels(double micrometers) => micrometers / PixelMicrometers;

    /// <summary>Pixels to µm.</summary>
    /// <param name="pixels">A distance in pixels.</param>
    /// <returns>In µm.</returns>
    public static double ToMicrometers(double pixels) => pixels * PixelMicrometers;

    /// <summary>A polystyrene sphere of radius 150 or 230 nm at a uniform position and z in 2–30 µm.</summary>
    /// <param name="size">The image size.</param>
    /// <returns>The sphere.</returns>
    public static MieSphere Particle(int size)
        => new MieSphere()
            .WithPosition(Distribution.UniformPosition(1, size - 1, 1, size - 1))
            .WithZ(Distribution.Uniform(ToPixels(MinimumZ), ToPixels(MaximumZ)))
            .WithRadius(Distribution.Choice(150.Nanometers(), 230.Nanometers()))
            .WithRefractiveIndex(PolystyreneIndex);

    /// <summary>The hologram with camera noise of standard deviation U(0.002, 0.005) (the incident intensity is 1).</summary>
    /// <param name="sample">The particles.</param>
    /// <param name="size">The image size.</param>
    /// <returns>The pipeline feature.</returns>
    public static Feature<IReadOnlyList<SampleObject>, Image<double>> Image(Feature<IReadOnlyList<SampleObject>, IReadOnlyList<SampleObject>> sample, int size)
        => sample >> Optics(size) >> new GaussianNoise().WithSigma(Distribution.Uniform(0.002, 0.005));

    /// <summary>The hologram and its volume label from the same draw.</summary>
    /// <param name="particle">The particle.</param>
    /// <param name="count">Particles per image.</param>
    /// <param name="size">The image size.</param>
    /// <param name="bins">Bins over 2–30 µm.</param>
    /// <returns>The pipeline feature.</returns>
    public static Feature<IReadOnlyList<SampleObject>, (Image<double> Image, Image<double> Volume)> WithLabel(MieSphere particle, Distribution<int> count, int size, int bins)
    {
        var sample = particle ^ count;
        var volume = sample >> new VolumeMask().WithOutputRegion(PixelRegion.Square(size)).WithBins(Bins(bins)).WithRadius(LabelRadius).WithAxialRadius(LabelRadius);
        return Image(sample, size) & volume;
    }

    /// <summary>What the network sees: the hologram minus the incident intensity, times 20 (no per-image scaling: the contrast carries the size and the depth).</summary>
    /// <param name="image">The hologram.</param>
    /// <returns>The input image.</returns>
    public static Image<double> Input(Image<double> image) => image.Map(v => 20 * (v - 1));

    /// <summary>The true particles of an image: lateral position (pixels) and z (µm).</summary>
    /// <param name="image">The hologram (its ground truth).</param>
    /// <param name="particle">The particle feature.</param>
    /// <returns>The particles.</returns>
    public static IReadOnlyList<Particle3D> Truth(Image<double> image, MieSphere particle)
    {
        var positions = image.Get(particle, p => p.Position);
        var z = image.Get(particle, p => p.Z);
        var radius = image.Get(particle, p => p.Radius.Meters * 1e9);
        return positions.Select((p, i) => new Particle3D(p.Row, p.Column, ToMicrometers(z[i]), radius[i])).ToArray();
    }
}
