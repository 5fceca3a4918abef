using System.Numerics;
using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Tests.Robustness;

/// <summary>Extreme physical inputs: legal and right, or a clear error naming the feature, the property and the value.</summary>
public class PhysicsInputTests
{
    private static Fluorescence Fluorescence() => new Fluorescence().WithOutputRegion(PixelRegion.Square(32)).WithPadding(4);

    private static PropertyValueException Named(Action action, string feature, string property)
    {
        var error = Assert.Throws<PropertyValueException>(action);
        Assert.Equal((feature, property), (error.FeatureName, error.PropertyName));
        Assert.StartsWith($"{feature}.{property} = ", error.Message);
        return error;
    }

    [Fact]
    public void A_gain_medium_is_rejected_instead_of_amplifying_the_light()
    {
        var sphere = new Sphere().WithRadius(0.5.Micrometers()).WithRefractiveIndex(new Complex(1.45, -0.1)).WithPosition(new PixelPosition(16, 16));
        var error = Named(() => (sphere >> new Brightfield().WithOutputRegion(PixelRegion.Square(32))).Build().Resolve(), "Sphere", "RefractiveIndex");
        Assert.Contains("gain", error.Message);

        // An absorbing sphere (κ > 0) only removes light.
        var absorbing = (sphere.WithRefractiveIndex(new Complex(1.45, 0.1)) >> new Brightfield().WithOutputRegion(PixelRegion.Square(32)).WithPadding(8)).Build().Resolve();
        Assert.True(absorbing.AsReadOnlySpan().ToArray().Average() < 1);
    }

    [Fact]
    public void A_wavelength_out_of_range_says_how_to_write_it()
    {
        // 633 written as a plain number of metres, or with the wrong unit, is the usual mistake.
        var error = Named(() => (new PointParticle().WithPosition(new PixelPosition(16, 16)) >> Fluorescence().WithWavelength(633.Micrometers())).Build().Resolve(), "Fluorescence", "Wavelength");
        Assert.Contains("between 100 nm and 10 µm", error.Message);
        Assert.Contains("write it with a unit, e.g. 633.Nanometers()", error.Message);
    }

    [Fact]
    public void Zernike_of_order_400_is_finite_and_normalised()
    {
        // ∫₀¹ R_n^m(ρ)² ρ dρ = 1/(2(n + 1)) and R_n^m(1) = 1, at n = 400 where the factorial sum overflows.
        foreach (int m in new[] { 0, 200, 400 })
        {
            Assert.Equal(1, ZernikeAberration.Radial(400, m, 1), 9);
            const int steps = 200_000;
            double integral = 0;
            for (int i = 0; i < steps; i++)
            {
                double rho = (i + 0.5) / steps, r = ZernikeAberration.Radial(400, m, rho);
                integral += r * r * rho / steps;
            }

            Assert.Equal(1.0 / 802, integral, 6);
        }

        // And the low orders agree with the explicit sum: Z₄⁰ = √5 (6ρ⁴ − 6ρ² + 1).
        Assert.Equal(Math.Sqrt(5) * (6 * Math.Pow(0.3, 4) - 6 * 0.09 + 1), ZernikeAberration.Evaluate(4, 0, 0.3, 0), 12);
        var image = (new PointParticle().WithPosition(new PixelPosition(16, 16)) >> Fluorescence().WithPupil(new Zernike().WithN(400).WithM(0).WithCoefficient(0.5))).Build().Resolve();
        Assert.All(image.AsReadOnlySpan().ToArray(), v => Assert.True(double.IsFinite(v)));
    }

    [Theory]
    [InlineData(4, int.MinValue, "M")]
    [InlineData(4, int.MaxValue, "M")]
    [InlineData(int.MaxValue, 1, "N")]
    [InlineData(1001, 1, "N")]
    public void Zernike_orders_out_of_range_are_named(int n, int m, string property)
        => Named(() => (new PointParticle().WithPosition(new PixelPosition(16, 16)) >> Fluorescence().WithPupil(new Zernike().WithN(n).WithM(m).WithCoefficient(1))).Build().Resolve(), "Zernike", property);

    [Fact]
    public void A_sphere_of_one_metre_is_named_rather_than_overflowing()
    {
        var error = Named(() => (new Sphere().WithRadius(Length.FromMeters(1)).WithPosition(new PixelPosition(16, 16)) >> Fluorescence()).Build().Resolve(), "Sphere", "Radius");
        Assert.Contains("voxels", error.Message);
        Named(() => (new Ellipsoid().WithRadius(1.Micrometers()).WithThirdRadius(Length.FromMeters(1)).WithPosition(new PixelPosition(16, 16)) >> Fluorescence()).Build().Resolve(), "Ellipsoid", "ThirdRadius");
    }

    [Theory]
    [InlineData(int.MaxValue, 1, "Height")]
    [InlineData(1, int.MaxValue, "Width")]
    public void Crops_of_int_max_value_are_named(int height, int width, string property)
        => Named(() => (Feature.Constant(new Image<double>(8, 8)) >> new Crop<double>().WithTop(2).WithLeft(2).WithHeight(height).WithWidth(width)).Build().Resolve(), "Crop<Double>", property);

    [Fact]
    public void Pads_of_int_max_value_are_named()
    {
        var error = Named(() => (Feature.Constant(new Image<double>(8, 8)) >> new Pad<double>().WithTop(int.MaxValue)).Build().Resolve(), "Pad<Double>", "Top");
        Assert.Contains("pixels", error.Message);
        Named(() => (Feature.Constant(new Image<double>(8, 8)) >> new Pad<double>().WithLeft(70000).WithRight(1).WithBottom(40000)).Build().Resolve(), "Pad<Double>", "Left");
    }

    [Fact]
    public void A_gaussian_blur_wider_than_any_image_is_named()
    {
        var error = Named(() => (Feature.Constant(new Image<double>(8, 8)) >> new GaussianBlur<double>().WithSigma(1e9)).Build().Resolve(), "GaussianBlur<Double>", "Sigma");
        Assert.Contains("kernel radius", error.Message);
        Named(() => (Feature.Constant(new Image<double>(8, 8)) >> new AverageBlur<double>().WithKernelSize(int.MaxValue)).Build().Resolve(), "AverageBlur<Double>", "KernelSize");

        // A wide but sane blur of a flat image keeps it flat.
        var flat = new Image<double>(8, 8);
        flat.AsWritableSpan().Fill(2);
        var blurred = (Feature.Constant(flat) >> new GaussianBlur<double>().WithSigma(100)).Build().Resolve();
        Assert.All(blurred.AsReadOnlySpan().ToArray(), v => Assert.Equal(2, v, 9));
    }

    [Fact]
    public void Output_regions_far_from_the_origin_are_named()
        => Named(() => (new PointParticle().WithPosition(new PixelPosition(0, 0)) >> Fluorescence().WithOutputRegion(new PixelRegion(int.MinValue, 0, 8, 8))).Build().Resolve(), "Fluorescence", "OutputRegion");
}
