using System.Numerics;
using DeepTrack.Fluent.Physics;
using Xunit.Abstractions;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>Fluorescence against DeepTrack 2.0's outputs (tests/reference/deeptrack2), on the same FFT grid.</summary>
public class FluorescenceConformanceTests(ITestOutputHelper output)
{
    /// <summary>The optics of the reference files, read from their parameters.</summary>
    internal static Fluorescence OpticsOf(Reference reference)
    {
        var p = reference.Params;
        var padding = p.GetProperty("padding").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var region = p.GetProperty("output_region").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.All(padding, value => Assert.Equal(padding[0], value));
        return new Fluorescence()
            .WithNA(p.GetProperty("NA").GetDouble())
            .WithWavelength(Length.FromMeters(p.GetProperty("wavelength").GetDouble()))
            .WithMagnification(p.GetProperty("magnification").GetDouble())
            .WithCameraPixelPitch(Length.FromMeters(p.GetProperty("resolution").GetDouble()))
            .WithRefractiveIndexMedium(p.GetProperty("refractive_index_medium").GetDouble())
            .WithPadding(padding[0])
            .WithOutputRegion(new PixelRegion(region[0], region[1], region[2] - region[0], region[3] - region[1]))
            .WithUpscale(p.GetProperty("upscale").GetInt32());
    }

    internal static PixelPosition PositionOf(Reference reference)
    {
        var position = reference.Params.GetProperty("position_px").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        return new PixelPosition(position[0], position[1]);
    }

    private void AssertConforms(Reference reference, Image<double> image)
    {
        var grid = reference.Extra.GetProperty("internal_fft_grid").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var optics = OpticsOf(reference);
        Assert.Equal(grid[0], OpticsGrid.Rows(optics));
        Assert.Equal(reference.Shape[0] * reference.Shape[1], image.Length);
        var values = image.AsReadOnlySpan();
        int argmax = ImageMath.ArgMax(values);
        Assert.Equal(ImageMath.ArgMax(reference.Values), argmax);
        double difference = ImageMath.RelativeDifference(values, reference.Values);
        output.WriteLine($"{reference.Root.GetProperty("name").GetString()}: max |Δ| / peak after unit-sum normalisation = {difference:E2}");
        Assert.True(difference < 1e-6, $"difference {difference:E3} of the peak");
    }

    [Theory]
    [InlineData("i_fluo_psf_point_64.json")]
    [InlineData("i_fluo_psf_point_64_subpixel.json")]
    public void Point_particle_matches_the_reference(string file)
    {
        var reference = Reference.Load(file);
        var particle = new PointParticle().WithPosition(PositionOf(reference)).WithZ(0).WithIntensity(1);
        var image = (particle >> OpticsOf(reference)).Build().Resolve();
        AssertConforms(reference, image);
    }

    [Fact]
    public void Defocus_aberration_matches_the_reference()
    {
        var reference = Reference.Load("ii_fluo_psf_point_64_defocus_c1.json");
        Assert.Equal(2, reference.Params.GetProperty("zernike_n").GetInt32());
        var optics = OpticsOf(reference).WithPupil(Zernike.Defocus(reference.Params.GetProperty("coefficient_rad").GetDouble()));
        var particle = new PointParticle().WithPosition(PositionOf(reference));
        AssertConforms(reference, (particle >> optics).Build().Resolve());
    }

    [Theory]
    [InlineData("i_fluo_psf_point_64_pupil.json", false)]
    [InlineData("ii_fluo_psf_point_64_defocus_c1_pupil.json", true)]
    public void Pupil_matches_the_reference(string file, bool defocus)
    {
        var reference = Reference.Load(file);
        var optics = OpticsOf(reference);
        int n = reference.Shape[0];
        var function = defocus ? PupilFunction.Ideal.With(new ZernikeAberration(2, 0, 1)) : PupilFunction.Ideal;
        var pupil = new Pupil(optics.KeyOf(new SimulationLayout(optics.OutputRegion, optics.Padding, 1, optics.PixelSize), function));
        Assert.Equal(n, pupil.Key.Height);
        var values = new Complex[n * n];
        pupil.Fill(0, values);
        double worst = 0;
        for (int row = 0; row < n; row++)
        {
            for (int column = 0; column < n; column++)
            {
                // The reference is centred; ours is in FFT order: centred index i holds frequency i − n/2.
                var expected = reference.ComplexValues![row * n + column];
                var actual = values[((row + n / 2) % n) * n + (column + n / 2) % n];
                worst = Math.Max(worst, Complex.Abs(actual - expected));
            }
        }

        Assert.True(worst < 1e-9, $"largest difference {worst}");
        if (!defocus)
        {
            Assert.Equal(401, pupil.ApertureCount);
        }
    }
}
