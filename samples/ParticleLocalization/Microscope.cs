using System.Collections.Generic;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace ParticleLocalization;

/// <summary>
/// The simulated measurement: one dielectric sphere in water (Mie theory) imaged by coherent brightfield optics
/// (|incident + scattered field|², 633 nm, NA 0.8, 0.1 µm pixels, 51×51), slightly out of focus so that it shows rings,
/// with camera noise at a signal-to-noise ratio.
/// </summary>
public static class Microscope
{
    /// <summary>The image size in pixels.</summary>
    public const int Size = 51;

    /// <summary>Water.</summary>
    public const double MediumIndex = 1.33;

    /// <summary>The optics.</summary>
    public static Brightfield Optics { get; } = new Brightfield()
        .WithNA(0.8)
        .WithWavelength(633.Nanometers())
        .WithRefractiveIndexMedium(MediumIndex)
        .WithMagnification(60)
        .WithCameraPixelPitch(6.Micrometers())
        .WithPadding(16)
        .WithOutputRegion(PixelRegion.Square(Size));

    /// <summary>
    /// The particle: a sphere of radius 100–300 nm and refractive index 1.40–1.60 anywhere in the central 30×30 pixels,
    /// 0–2 µm above or below the focal plane (in pixels: ±20).
    /// </summary>
    public static MieSphere Particle { get; } = new MieSphere()
        .WithPosition(Distribution.UniformPosition(10, 40, 10, 40))
        .WithZ(Distribution.Uniform(-20, 20))
        .WithRadius(Distribution.Uniform(100.Nanometers(), 300.Nanometers()))
        .WithRefractiveIndex(Distribution.Uniform(1.40, 1.60).Select(n => (System.Numerics.Complex)n));

    /// <summary>The noisy image of <paramref name="particle"/> at one signal-to-noise ratio.</summary>
    /// <param name="particle">The particle.</param>
    /// <param name="signalToNoise">The SNR (see <see cref="CameraNoise"/>).</param>
    /// <returns>The pipeline feature.</returns>
    public static Feature<IReadOnlyList<SampleObject>, Image<double>> Image(MieSphere particle, double signalToNoise)
        => (particle ^ 1) >> Optics >> new CameraNoise().WithSignalToNoise(signalToNoise);

    /// <summary>The noisy image of <paramref name="particle"/> at a signal-to-noise ratio drawn per image.</summary>
    /// <param name="particle">The particle.</param>
    /// <param name="signalToNoise">The SNR (see <see cref="CameraNoise"/>).</param>
    /// <returns>The pipeline feature.</returns>
    public static Feature<IReadOnlyList<SampleObject>, Image<double>> Image(MieSphere particle, Distribution<double> signalToNoise)
        => (particle ^ 1) >> Optics >> new CameraNoise().WithSignalToNoise(signalToNoise);
}
