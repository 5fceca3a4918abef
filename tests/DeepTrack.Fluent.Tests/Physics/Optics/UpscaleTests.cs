using DeepTrack.Fluent.Physics;
using Xunit.Abstractions;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>Upscaled simulations image the same sample: focus stays at z = 0, ±z agree, DeepTrack 2.0's own upscale check.</summary>
public class UpscaleTests(ITestOutputHelper output)
{
    private static Fluorescence Fluorescence(int upscale, int? axial = null)
        => new Fluorescence().WithNA(0.8).WithWavelength(680.Nanometers()).WithMagnification(10).WithCameraPixelPitch(1.Micrometers())
            .WithPadding(8).WithOutputRegion(PixelRegion.Square(32)).WithUpscale(upscale).WithAxialUpscale(axial);

    private static Image<double> Point(Optics optics, double z)
        => (new PointParticle().WithPosition(new PixelPosition(15.3, 16.6)).WithZ(z) >> optics).Build().Resolve();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Point_particle_images_at_plus_and_minus_z_agree(int upscale)
    {
        foreach (double z in new[] { 1.5, 3.0, 4.25 })
        {
            var above = Point(Fluorescence(upscale), z);
            var below = Point(Fluorescence(upscale), -z);
            double peak = above.AsReadOnlySpan().ToArray().Max(), worst = 0;
            for (int i = 0; i < above.Length; i++)
            {
                worst = Math.Max(worst, Math.Abs(above.AsReadOnlySpan()[i] - below.AsReadOnlySpan()[i]));
            }

            output.WriteLine($"upscale {upscale}, z ±{z}: max |Δ| / peak = {worst / peak:E2}");
            Assert.True(worst <= 1e-12 * peak, $"upscale {upscale}, z ±{z}: {worst / peak:E3} of the peak");
        }
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(3, null)]
    [InlineData(4, null)]
    [InlineData(2, 1)]
    [InlineData(2, 4)]
    public void The_sharpest_image_of_a_point_is_at_z_0(int upscale, int? axial)
    {
        int planes = axial ?? upscale;
        var peaks = new List<(double Z, double Peak)>();
        for (int k = -2 * planes; k <= 2 * planes; k++)
        {
            double z = (double)k / planes;
            peaks.Add((z, Point(Fluorescence(upscale, axial), z).AsReadOnlySpan().ToArray().Max()));
        }

        var best = peaks.MaxBy(p => p.Peak);
        output.WriteLine(string.Join(", ", peaks.Select(p => $"z {p.Z:F2}: {p.Peak:F5}")));
        Assert.Equal(0, best.Z);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Brightfield_contrast_of_a_weak_phase_object_is_odd_in_z(int upscale)
    {
        // A weak phase sphere (Δn = 0.01, r = 0.33 µm: 3.3 pixels, never a whole number of voxels, so its voxels are
        // symmetric in z): to first order in Δn, I − 1 changes sign with the defocus.
        var optics = new Brightfield().WithNA(0.8).WithWavelength(633.Nanometers()).WithMagnification(10).WithCameraPixelPitch(1.Micrometers())
            .WithPadding(8).WithOutputRegion(PixelRegion.Square(24)).WithUpscale(upscale);
        double[] Contrast(double z)
            => [.. (new Sphere().WithRadius(0.33.Micrometers()).WithRefractiveIndex(1.34).WithPosition(new PixelPosition(12, 12)).WithZ(z) >> optics)
                .Build().Resolve().AsReadOnlySpan().ToArray().Select(v => v - 1)];
        var above = Contrast(6);
        var below = Contrast(-6);
        double even = Math.Sqrt(above.Zip(below, (a, b) => (a + b) * (a + b)).Sum());
        double odd = Math.Sqrt(above.Zip(below, (a, b) => (a - b) * (a - b)).Sum());
        output.WriteLine($"upscale {upscale}: |even part| / |odd part| = {even / odd:E2}");
        Assert.True(even < 0.03 * odd, $"upscale {upscale}: even part {even / odd:P2} of the odd part");
    }

    [Theory]
    [InlineData(0, 2, 1)]
    [InlineData(2, 2, 1)]
    public void Upscaled_fluorescence_matches_upscale_1_as_in_deeptrack_2s_own_check(int zMicrometers, int upscale, int axial)
    {
        // DeepTrack 2.0's test_upscale_brightfield (a fluorescence check despite its name): a 1 µm sphere at z = 2 µm,
        // upscale (2, 2, 1) vs 1; the mean absolute difference must stay below 0.01 in its pixel scale (the reference image
        // of DeepTrack 2.0 at upscale 1 sets that scale: the two libraries normalise intensity differently). Here also in
        // focus, where both libraries give 0.01025: the sphere's voxels differ between the grids (its volume by 0.13 %),
        // which the sharp in-focus image shows; that case is held to DeepTrack 2.0's own value.
        var reference = Reference.Load($"vii_fluo_sphere_r1um_z{zMicrometers}um_upscale1.json");
        var optics = new Fluorescence().WithNA(0.5).WithWavelength(660.Nanometers()).WithMagnification(10).WithCameraPixelPitch(1.Micrometers())
            .WithRefractiveIndexMedium(1.33).WithPadding(10).WithOutputRegion(PixelRegion.Square(64));
        var sphere = new Sphere().WithIntensity(100).WithRadius(1.Micrometers()).WithPosition(new PixelPosition(32, 32)).WithZ(zMicrometers * 10);
        var plain = (sphere >> optics).Build().Resolve().AsReadOnlySpan().ToArray();
        var upscaled = (sphere >> optics.WithUpscale(upscale).WithAxialUpscale(axial)).Build().Resolve().AsReadOnlySpan().ToArray();
        double scale = reference.Values.Sum() / plain.Sum();
        double mae = plain.Zip(upscaled, (a, b) => Math.Abs(a - b)).Average() * scale;
        output.WriteLine($"z {zMicrometers} µm, upscale ({upscale}, {upscale}, {axial}): MAE {mae:E3} (DeepTrack 2.0 itself: {reference.Extra.GetProperty("dt2_mae_upscale_2_2_1").GetDouble():E3})");
        double limit = zMicrometers == 0 && axial == 1 ? reference.Extra.GetProperty("dt2_mae_upscale_2_2_1").GetDouble() * 1.001 : 0.01;
        Assert.True(mae <= limit, $"MAE {mae:E3}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Upscaled_brightfield_matches_upscale_1_as_in_deeptrack_2s_own_check(int zMicrometers)
    {
        // DeepTrack 2.0's test_upscale_fluorescence (a brightfield check): a 1 µm sphere of n 1.45 at 200 nm pixels, upscale
        // (2, 2, 2) vs 1, mean absolute difference below 0.01 (intensities are in units of the incident intensity in both libraries).
        var optics = new Brightfield().WithNA(0.7).WithWavelength(660.Nanometers()).WithMagnification(5).WithCameraPixelPitch(1.Micrometers())
            .WithRefractiveIndexMedium(1.33).WithPadding(10).WithOutputRegion(PixelRegion.Square(64));
        var sphere = new Sphere().WithRefractiveIndex(1.45).WithRadius(1.Micrometers()).WithPosition(new PixelPosition(32, 32)).WithZ(zMicrometers * 5);
        var plain = (sphere >> optics).Build().Resolve().AsReadOnlySpan().ToArray();
        var upscaled = (sphere >> optics.WithUpscale(2)).Build().Resolve().AsReadOnlySpan().ToArray();
        double mae = plain.Zip(upscaled, (a, b) => Math.Abs(a - b)).Average();
        output.WriteLine($"z {zMicrometers} µm: MAE {mae:E3}");
        Assert.True(mae <= 0.01, $"MAE {mae:E3}");
    }

    [Fact]
    public void Axial_upscale_keeps_the_emitted_total_and_the_focus()
    {
        // Upscale (2, 2, 1): 50 nm lateral voxels, 100 nm planes. A sphere still emits its volume (π·4/3·6³ cubic pixels).
        var sphere = new Sphere().WithRadius(0.6.Micrometers()).WithPosition(new PixelPosition(24, 24));
        double expected = 4.0 / 3 * Math.PI * 216;
        foreach (var (upscale, axial) in new[] { (2, 1), (1, 2), (3, 1) })
        {
            var image = (sphere >> Fluorescence(upscale, axial).WithPadding(12).WithOutputRegion(PixelRegion.Square(48))).Build().Resolve();
            output.WriteLine($"upscale ({upscale}, {upscale}, {axial}): {image.Sum():F1} of {expected:F1}");
            Assert.InRange(image.Sum() / expected, 0.95, 1.03);
        }
    }

    [Fact]
    public void Axial_upscale_is_checked()
    {
        var exception = Assert.Throws<PropertyValueException>(() => Point(Fluorescence(1, 0), 0));
        Assert.Contains("AxialUpscale", exception.Message);
        Assert.Contains("Fluorescence", exception.Message);
    }
}
