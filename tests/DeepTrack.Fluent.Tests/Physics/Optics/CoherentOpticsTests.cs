using System.Numerics;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>Brightfield, darkfield and holography: empty samples, field scatterers, aberrations applied once, defocus.</summary>
public class CoherentOpticsTests
{
    private static T Configure<T>(T optics)
        where T : CoherentOptics
        => (T)optics
            .WithNA(0.8).WithWavelength(633.Nanometers()).WithMagnification(10).WithCameraPixelPitch(1.Micrometers())
            .WithPadding(16).WithOutputRegion(PixelRegion.Square(48));

    private static Complex At(Image<double> hologram, int row, int column) => new(hologram[row, column, 0], hologram[row, column, 1]);

    [Fact]
    public void Brightfield_of_an_empty_sample_is_uniformly_one_and_darkfield_zero()
    {
        var empty = Feature.Lambda<IReadOnlyList<SampleObject>, IReadOnlyList<SampleObject>>(list => list);
        var bright = (empty >> Configure(new Brightfield()).WithPupil(Zernike.Defocus(0.8) >> Zernike.HorizontalComa(0.5))).Build().Resolve();
        Assert.All(bright.AsReadOnlySpan().ToArray(), v => Assert.Equal(1, v, 12));
        var dark = (empty >> Configure(new Darkfield())).Build().Resolve();
        Assert.All(dark.AsReadOnlySpan().ToArray(), v => Assert.Equal(0, v, 12));
    }

    [Fact]
    public void A_band_limited_field_scatterer_is_imaged_unchanged()
    {
        var scatterer = new GaussianField().WithPosition(new PixelPosition(20.5, 27)).WithAmplitude(0.2);
        var hologram = (scatterer >> Configure(new Holography())).Build().Resolve();
        Assert.Equal(2, hologram.Depth);
        for (int row = 0; row < 48; row += 3)
        {
            for (int column = 0; column < 48; column += 3)
            {
                double r2 = Math.Pow(row - 20.5, 2) + Math.Pow(column - 27, 2);
                var expected = 1 + 0.2 * Math.Exp(-r2 / 72);
                Assert.True(Complex.Abs(At(hologram, row, column) - expected) < 2e-4, $"({row}, {column}): {At(hologram, row, column)} vs {expected}");
            }
        }
    }

    [Fact]
    public void An_aberration_acts_once_on_the_scattered_field()
    {
        // A tilt c moves the scattered light by −(N/2π)·2c/R columns; applied twice it would move it twice as far.
        var optics = Configure(new Holography()).WithPupil(Zernike.HorizontalTilt(1.2));
        var layout = optics.CheckedLayout();
        double rim = OpticsCache.PupilOf(new SimulationEnvironment(), optics.KeyOf(layout, PupilFunction.Ideal)).Coordinates.RimRadius;
        double expected = -layout.GridWidth / (2 * Math.PI) * 2 * 1.2 / rim;
        var hologram = (new GaussianField().WithPosition(new PixelPosition(24, 30)) >> optics).Build().Resolve();
        double total = 0, column = 0;
        for (int r = 0; r < 48; r++)
        {
            for (int c = 0; c < 48; c++)
            {
                double w = Complex.Abs(At(hologram, r, c) - 1);
                total += w;
                column += w * c;
            }
        }

        Assert.InRange(column / total - 30, expected - 0.3, expected + 0.3);
    }

    [Fact]
    public void A_weak_phase_object_inverts_its_contrast_with_the_sign_of_defocus()
    {
        var optics = Configure(new Brightfield());
        double Contrast(double z, out Image<double> image)
        {
            var sphere = new Sphere().WithRadius(0.3.Micrometers()).WithRefractiveIndex(1.36).WithPosition(new PixelPosition(24, 24)).WithZ(z);
            image = (sphere >> optics).Build().Resolve();
            return image[24, 24] - 1;
        }

        double above = Contrast(12, out var imageAbove);
        double below = Contrast(-12, out var imageBelow);
        Assert.True(Math.Abs(above) > 1e-3, $"contrast {above}");
        Assert.True(above * below < 0, $"contrasts {above} and {below} must have opposite signs");
        double dot = 0, normA = 0, normB = 0;
        for (int i = 0; i < imageAbove.Length; i++)
        {
            double a = imageAbove.AsReadOnlySpan()[i] - 1, b = imageBelow.AsReadOnlySpan()[i] - 1;
            dot += a * b;
            normA += a * a;
            normB += b * b;
        }

        Assert.True(dot / Math.Sqrt(normA * normB) < -0.8);
    }

    [Fact]
    public void Index_matched_objects_are_invisible()
    {
        var sphere = new Sphere().WithRadius(0.5.Micrometers()).WithRefractiveIndex(1.33).WithPosition(new PixelPosition(24, 24));
        var image = (sphere >> Configure(new Brightfield())).Build().Resolve();
        Assert.All(image.AsReadOnlySpan().ToArray(), v => Assert.Equal(1, v, 12));
    }

    [Fact]
    public void Field_scatterers_land_on_their_ground_truth_position_with_upscale()
    {
        var scatterer = new GaussianField().WithPosition(new PixelPosition(19, 31));
        var optics = Configure(new Darkfield()).WithUpscale(2).WithOutputRegion(new PixelRegion(4, 6, 40, 40));
        var image = (scatterer >> optics).Build().Resolve();
        var position = image.Get(scatterer, s => s.Position).Single();
        Assert.Equal(new PixelPosition(15, 25), position);
        var (row, column) = ImageMath.Centroid(image, 15, 25, 12);
        Assert.InRange(row, 14.9, 15.1);
        Assert.InRange(column, 24.9, 25.1);
    }

    [Fact]
    public void Illumination_gradient_brightens_the_field_along_the_columns()
    {
        var empty = Feature.Lambda<IReadOnlyList<SampleObject>, IReadOnlyList<SampleObject>>(list => list);
        var image = (empty >> Configure(new Brightfield()).WithIllumination(new IlluminationGradient().WithColumnGradient(0.005))).Build().Resolve();
        Assert.True(image[24, 36] > image[24, 12] * 1.05);
        Assert.Equal(image[10, 20], image[30, 20], 6);
    }

    [Fact]
    public void Negative_illumination_amplitude_is_rejected()
    {
        var empty = Feature.Lambda<IReadOnlyList<SampleObject>, IReadOnlyList<SampleObject>>(list => list);
        Assert.Throws<PropertyValueException>(() => (empty >> Configure(new Brightfield()).WithIllumination(new IlluminationGradient().WithConstant(-2))).Build().Resolve());
    }

    [Fact]
    public void A_phase_screen_acts_at_its_own_plane()
    {
        // A flat disk (one plane) at z = 5 px must give exactly the field of the same disk at focus propagated by −5 px
        // (angular spectrum on the same periodic grid; the pupil commutes with propagation). DeepTrack 2.0 applies the screen
        // after propagating one plane further, which is the field propagated by −6 px instead.
        var optics = new Holography().WithNA(1.2).WithWavelength(633.Nanometers()).WithMagnification(10).WithCameraPixelPitch(1.Micrometers())
            .WithPadding(0).WithOutputRegion(PixelRegion.Square(64));
        Complex[] Field(double z)
        {
            var disk = new Ellipse().WithRadius(0.5.Micrometers()).WithRefractiveIndex(1.5).WithPosition(new PixelPosition(31.5, 32)).WithZ(z);
            var image = (disk >> optics).Build().Resolve();
            return [.. Enumerable.Range(0, 64 * 64).Select(i => new Complex(image.AsReadOnlySpan()[i], image.AsReadOnlySpan()[64 * 64 + i]))];
        }

        var atFive = Field(5);
        double k = 2 * Math.PI * 1.33 / 633e-9, pixel = optics.PixelSize.Meters;
        double Mismatch(double planes)
        {
            var propagated = Field(0);
            AngularSpectrum.Propagate(propagated, 64, 64, optics.PixelSize, optics.Wavelength, 1.33, Length.FromMeters(-planes * pixel), new SimulationEnvironment());
            var carrier = Complex.FromPolarCoordinates(1, k * planes * pixel);
            return atFive.Zip(propagated, (a, b) => Complex.Abs(a - carrier * b)).Max();
        }

        double here = Mismatch(5), late = Mismatch(6);
        Assert.True(here < 1e-12, $"field differs by {here:E2} from the disk propagated by −5 px");
        Assert.True(late > 1e-3, $"a screen one plane late would differ by {late:E2}");
    }

    [Fact]
    public void A_thin_slab_delays_the_light_by_k0_dn_dz()
    {
        // A disk wider than the whole grid, one plane (100 nm) thick, Δn = 0.1 over water: a uniform phase
        // 2π/633 nm · 0.1 · 100 nm = 0.0993 rad (with the medium's wavenumber it would be 1.33 times that).
        var disk = new Ellipse().WithRadius(10.Micrometers()).WithRefractiveIndex(1.43).WithPosition(new PixelPosition(16, 16));
        var optics = new Holography().WithNA(0.9).WithWavelength(633.Nanometers()).WithMagnification(10).WithCameraPixelPitch(1.Micrometers())
            .WithPadding(0).WithOutputRegion(PixelRegion.Square(32));
        var field = (disk >> optics).Build().Resolve();
        double phase = Math.Atan2(field[16, 16, 1], field[16, 16, 0]);
        Assert.Equal(2 * Math.PI / 633e-9 * 0.1 * 100e-9, phase, 9);
    }

    [Fact]
    public void Darkfield_removes_the_field_without_sample_even_with_shaped_illumination()
    {
        // With a graded illumination the empty field is not 1: subtracting 1 (DeepTrack 2.0) would show the gradient.
        var empty = Feature.Lambda<IReadOnlyList<SampleObject>, IReadOnlyList<SampleObject>>(list => list);
        var gradient = new IlluminationGradient().WithColumnGradient(0.004).WithConstant(0.1);
        var dark = (empty >> Configure(new Darkfield()).WithIllumination(gradient)).Build().Resolve();
        Assert.All(dark.AsReadOnlySpan().ToArray(), v => Assert.Equal(0, v, 12));
        var bright = (empty >> Configure(new Brightfield()).WithIllumination(gradient)).Build().Resolve();
        Assert.True(Math.Abs(bright[24, 40] - 1) > 0.1);
    }

    [Fact]
    public void Fields_in_pooled_arrays_leave_no_trace_in_the_next_image()
    {
        // The optics render their field into arrays rented from the shared pool, which hold whatever the last image
        // left there. Rendered first on their own, then again after images of other sizes and contents (which fill the
        // pool's arrays with other values), then on other threads, every image must be the same bit for bit.
        var sphere = new Sphere().WithRadius(0.6.Micrometers()).WithRefractiveIndex(1.5).WithPosition(new PixelPosition(22.3, 25.8));
        var others = new GaussianField().WithPosition(new PixelPosition(10, 30)).WithAmplitude(0.7);
        CoherentOptics[] optics = [new Brightfield(), new Darkfield(), new Iscat(), new Holography(), (CoherentOptics)new Holography().WithUpscale(2)];
        foreach (var item in optics)
        {
            var pipeline = (sphere >> Configure(item)).Build(seed: 3);
            var first = pipeline.Resolve().AsReadOnlySpan().ToArray();
            foreach (int size in new[] { 64, 40, 48 })
            {
                (others >> (CoherentOptics)Configure(item).WithOutputRegion(PixelRegion.Square(size))).Build(seed: 4).Generate(3, 0);
            }

            Assert.Equal(first, (sphere >> Configure(item)).Build(seed: 3).Resolve().AsReadOnlySpan().ToArray());
            Assert.All(pipeline.Generate(8, 0, maxDegreeOfParallelism: 4), image => Assert.Equal(first, image.AsReadOnlySpan().ToArray()));
        }
    }
}
