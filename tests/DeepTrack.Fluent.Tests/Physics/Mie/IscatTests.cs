using System.Numerics;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

public class IscatTests
{
    private static MieSphere Sphere(double radiusNanometers) => new MieSphere()
        .WithRadius(radiusNanometers.Nanometers())
        .WithRefractiveIndex(1.59)
        .WithZ(Distribution.Uniform(-3.0, 3.0))
        .WithPosition(Distribution.UniformPosition(28, 36, 28, 36));

    private static TOptics Setup<TOptics>(TOptics optics)
        where TOptics : CoherentOptics
        => (TOptics)(optics with
        {
            NA = 1.2,
            Wavelength = 532.Nanometers(),
            Magnification = 20,
            CameraPixelPitch = 1.Micrometers(),
            RefractiveIndexMedium = 1.33,
            Padding = 32,
            OutputRegion = PixelRegion.Square(64),
        });

    private static double[] Image(MieSphere sphere, Iscat optics, ulong seed) => (sphere >> optics).Build(seed: seed).Resolve().AsReadOnlySpan().ToArray();

    private static double[] Image(MieSphere sphere, Darkfield optics, ulong seed) => (sphere >> optics).Build(seed: seed).Resolve().AsReadOnlySpan().ToArray();

    /// <summary>The scattered field of the same draw, seen at the illumination angle of the optics compared (iSCAT: π, darkfield: π/2).</summary>
    private static Complex[] ScatteredField(MieSphere sphere, ulong seed, double illumination = Math.PI)
    {
        var hologram = (sphere >> Setup(new Holography()).WithIlluminationAngle(new Angle(illumination))).Build(seed: seed).Resolve();
        var real = hologram.Plane(0);
        var imaginary = hologram.Plane(1);
        var field = new Complex[real.Length];
        for (int i = 0; i < field.Length; i++)
        {
            field[i] = new Complex(real[i], imaginary[i]) - 1;
        }

        return field;
    }

    [Theory]
    [InlineData(0.3, 60.0, 3UL)]
    [InlineData(1.0, -120.0, 4UL)]
    public void Intensity_is_the_reference_plus_the_scattered_holography_field_squared(double amplitude, double phaseDegrees, ulong seed)
    {
        var optics = Setup(new Iscat()).WithReferenceAmplitude(amplitude).WithReferencePhase(phaseDegrees.Degrees());
        var image = Image(Sphere(400), optics, seed);
        var scattered = ScatteredField(Sphere(400), seed);
        var reference = Complex.FromPolarCoordinates(amplitude, phaseDegrees * Math.PI / 180);
        double largest = 0;
        for (int i = 0; i < image.Length; i++)
        {
            double expected = Complex.Abs(reference + scattered[i]) * Complex.Abs(reference + scattered[i]);
            largest = Math.Max(largest, Math.Abs(expected - amplitude * amplitude));
            Assert.True(Math.Abs(image[i] - expected) < 1e-12, $"pixel {i}: iSCAT {image[i]}, |r·e^(iφ) + E_s|² {expected}");
        }

        Assert.True(largest > 1e-2, $"the sphere is visible (largest contrast {largest})");
    }

    [Fact]
    public void Contrast_of_a_small_particle_is_linear_in_its_scattered_amplitude_and_darkfield_quadratic()
    {
        const ulong seed = 5;
        double Ratio(double illumination) => Peak(ScatteredField(Sphere(40), seed, illumination), v => v.Magnitude) / Peak(ScatteredField(Sphere(20), seed, illumination), v => v.Magnitude);
        // The linearity holds for any geometry; in transmission (angle 0) the two sizes' fields also share their phase pattern.
        var iscat = Setup(new Iscat()).WithReferenceAmplitude(0.5).WithIlluminationAngle(new Angle(0));
        double iscatRatio = Peak(Image(Sphere(40), iscat, seed), v => Math.Abs(v - 0.25)) / Peak(Image(Sphere(20), iscat, seed), v => Math.Abs(v - 0.25));
        var darkfield = Setup(new Darkfield());
        double darkfieldRatio = Peak(Image(Sphere(40), darkfield, seed), v => v) / Peak(Image(Sphere(20), darkfield, seed), v => v);

        Assert.InRange(Ratio(0), 7, 9);
        Assert.InRange(iscatRatio / Ratio(0), 0.97, 1.03);
        Assert.InRange(darkfieldRatio / (Ratio(Math.PI / 2) * Ratio(Math.PI / 2)), 0.97, 1.03);
    }

    [Fact]
    public void Reference_amplitude_must_be_positive()
    {
        var optics = Setup(new Iscat()).WithReferenceAmplitude(0);
        var error = Assert.Throws<PropertyValueException>(() => Image(Sphere(100), optics, 1));
        Assert.Equal(("Iscat", "ReferenceAmplitude"), (error.FeatureName, error.PropertyName));
    }

    private static double Peak<T>(IEnumerable<T> values, Func<T, double> measure) => values.Max(measure);
}
