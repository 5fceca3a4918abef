using System.Numerics;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

public class MieContrastModeTests
{
    private static MieSphere Sphere() => new MieSphere()
        .WithRadius(0.5.Micrometers())
        .WithRefractiveIndex(1.45)
        .WithZ(Distribution.Uniform(-5.0, 5.0))
        .WithPosition(Distribution.UniformPosition(20, 44, 20, 44));

    private static Darkfield DarkfieldOptics() => new Darkfield()
        .WithNA(0.9)
        .WithWavelength(633.Nanometers())
        .WithMagnification(10)
        .WithCameraPixelPitch(1.Micrometers())
        .WithRefractiveIndexMedium(1.33)
        .WithPadding(32)
        .WithOutputRegion(PixelRegion.Square(64));

    private static Holography HolographyOptics() => new Holography()
        .WithNA(0.9)
        .WithWavelength(633.Nanometers())
        .WithMagnification(10)
        .WithCameraPixelPitch(1.Micrometers())
        .WithRefractiveIndexMedium(1.33)
        .WithPadding(32)
        .WithOutputRegion(PixelRegion.Square(64));

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Darkfield_is_the_squared_holography_field_minus_the_plane_wave(int seed)
    {
        var darkfield = (Sphere() >> DarkfieldOptics()).Build(seed: (ulong)seed).Resolve().AsReadOnlySpan().ToArray();
        // Darkfield illuminates from the side (π/2) by default; the holography of the same draw is seen at that angle too.
        var hologram = (Sphere() >> HolographyOptics().WithIlluminationAngle(90.Degrees())).Build(seed: (ulong)seed).Resolve();
        var real = hologram.Plane(0).ToArray();
        var imaginary = hologram.Plane(1).ToArray();
        double peak = 0;
        for (int i = 0; i < darkfield.Length; i++)
        {
            var scattered = new Complex(real[i], imaginary[i]) - 1;
            double expected = scattered.Real * scattered.Real + scattered.Imaginary * scattered.Imaginary;
            peak = Math.Max(peak, expected);
            Assert.True(Math.Abs(darkfield[i] - expected) < 1e-12, $"pixel {i}: darkfield {darkfield[i]}, |E − 1|² {expected}");
        }

        Assert.True(peak > 1e-3, $"the sphere scatters visibly (peak |E − 1|² {peak})");
    }
}
