using DeepTrack.Fluent.Physics;
using Xunit.Abstractions;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>Pupil features: Zernike aberrations (Noll normalisation, tilt and coma), apodization, ground truth.</summary>
public class PupilTests(ITestOutputHelper output)
{
    private static Fluorescence Optics() => new Fluorescence().WithNA(0.8).WithWavelength(680.Nanometers())
        .WithMagnification(10).WithCameraPixelPitch(1.Micrometers()).WithPadding(16).WithOutputRegion(PixelRegion.Square(64));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 0)]
    [InlineData(2, -2)]
    [InlineData(3, 1)]
    [InlineData(4, 0)]
    [InlineData(5, -3)]
    public void Zernike_polynomials_have_unit_rms_over_the_unit_disk(int n, int m)
    {
        double sum = 0, area = 0;
        const int Steps = 400;
        for (int i = 0; i < Steps; i++)
        {
            double rho = (i + 0.5) / Steps;
            for (int j = 0; j < Steps; j++)
            {
                double theta = 2 * Math.PI * (j + 0.5) / Steps;
                double z = ZernikeAberration.Evaluate(n, m, rho, theta);
                sum += z * z * rho;
                area += rho;
            }
        }

        Assert.Equal(1, sum / area, 3);
    }

    [Fact]
    public void Tilt_shifts_the_image_by_the_phase_gradient()
    {
        // A tilt c·2ρ·cos θ is a phase ramp of 2c per rim radius R (in frequency indices): the image moves by
        // −(N / 2π)·2c / R columns, N the grid width.
        var optics = Optics().WithPupil(Zernike.HorizontalTilt(1.5));
        var layout = optics.CheckedLayout();
        var pupil = OpticsCache.PupilOf(new SimulationEnvironment(), optics.KeyOf(layout, PupilFunction.Ideal));
        double expected = -layout.GridWidth / (2 * Math.PI) * 2 * 1.5 / pupil.Coordinates.RimRadius;
        var image = (new PointParticle().WithPosition(new PixelPosition(32, 32)) >> optics).Build().Resolve();
        var (row, column) = ImageMath.Centroid(image, 32, (int)Math.Round(32 + expected), 8);
        output.WriteLine($"tilt shift {column - 32:F3} px, expected {expected:F3} px");
        Assert.Equal(32, row, 6);
        Assert.Equal(32 + expected, column, 1);
    }

    [Fact]
    public void Horizontal_coma_moves_the_light_along_the_columns_by_its_mean_tilt()
    {
        // The mean x-gradient of Z₃¹ = √8(3ρ³ − 2ρ)cos θ over the unit disk is √8, so the centroid of the PSF
        // moves by −(N / 2π)·c·√8 / R columns (R the rim radius in frequency indices), the peak barely (the
        // Zernike term is tilt-balanced); vertical coma does the same along the rows.
        var optics = Optics();
        var layout = optics.CheckedLayout();
        double rim = OpticsCache.PupilOf(new SimulationEnvironment(), optics.KeyOf(layout, PupilFunction.Ideal)).Coordinates.RimRadius;
        double expected = -layout.GridWidth / (2 * Math.PI) * 0.6 * Math.Sqrt(8) / rim;
        var image = (new PointParticle().WithPosition(new PixelPosition(32, 32)) >> optics.WithPupil(Zernike.HorizontalComa(0.6))).Build().Resolve();
        var (row, column) = ImageMath.Centroid(image, 32, 32, 31);
        output.WriteLine($"coma: centroid shift {column - 32:F3} px, mean-tilt prediction {expected:F3} px, peak column {ImageMath.ArgMax(image.AsReadOnlySpan()) % 64}");
        Assert.Equal(32, row, 6);
        Assert.InRange((column - 32) / expected, 0.7, 1.1);

        var vertical = (new PointParticle().WithPosition(new PixelPosition(32, 32)) >> optics.WithPupil(Zernike.VerticalComa(0.6))).Build().Resolve();
        var (verticalRow, verticalColumn) = ImageMath.Centroid(vertical, 32, 32, 31);
        Assert.Equal(32, verticalColumn, 6);
        Assert.InRange((verticalRow - 32) / expected, 0.7, 1.1);
    }

    [Fact]
    public void Gaussian_apodization_transmits_the_analytic_energy()
    {
        // Mean of exp(−2ρ²/σ²) over the unit disk: (σ²/2)(1 − exp(−2/σ²)).
        const double Sigma = 0.8;
        var optics = Optics();
        var key = optics.KeyOf(optics.CheckedLayout(), PupilFunction.Ideal.With(new Apodization(Sigma, 0, 0)));
        double expected = Sigma * Sigma / 2 * (1 - Math.Exp(-2 / (Sigma * Sigma)));
        Assert.InRange(OpticsCache.PsfOf(new SimulationEnvironment(), key, 0).Psf.Sum() / expected, 0.97, 1.03);

        var apodized = (new PointParticle().WithPosition(new PixelPosition(32, 32)) >> optics.WithPupil(new GaussianApodization().WithSigma(Sigma))).Build().Resolve();
        var plain = (new PointParticle().WithPosition(new PixelPosition(32, 32)) >> optics).Build().Resolve();
        Assert.True(apodized[32, 32] / apodized.Sum() < plain[32, 32] / plain.Sum(), "apodization widens the PSF");
    }

    [Fact]
    public void A_series_equals_the_chained_terms_and_is_applied_once()
    {
        var particle = new PointParticle().WithPosition(new PixelPosition(30, 33));
        var series = new ZernikeSeries().WithTerms([new ZernikeTerm(2, 2, 0.4), new ZernikeTerm(4, 0, -0.3)]);
        var chained = Zernike.Astigmatism(0.4) >> Zernike.SphericalAberration(-0.3);
        var a = (particle >> Optics().WithPupil(series)).Build().Resolve();
        var b = (particle >> Optics().WithPupil(chained)).Build().Resolve();
        Assert.True(a.AsReadOnlySpan().SequenceEqual(b.AsReadOnlySpan()));
        var twice = (particle >> Optics().WithPupil(Zernike.Astigmatism(0.8) >> Zernike.SphericalAberration(-0.3))).Build().Resolve();
        Assert.False(a.AsReadOnlySpan().SequenceEqual(twice.AsReadOnlySpan()));
    }

    [Fact]
    public void Drawn_aberrations_are_in_the_ground_truth()
    {
        var defocus = Zernike.Defocus(0).WithCoefficient(Distribution.Uniform(-1, 1));
        var pipeline = (new PointParticle().WithPosition(new PixelPosition(32, 32)) >> Optics().WithPupil(defocus)).Build(seed: 2);
        var first = pipeline.Resolve().Get(defocus, z => z.Coefficient).Single();
        var second = pipeline.Update().Resolve().Get(defocus, z => z.Coefficient).Single();
        Assert.InRange(first, -1, 1);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Invalid_orders_are_rejected_by_name()
    {
        var exception = Assert.Throws<PropertyValueException>(() => (new PointParticle().WithPosition(new PixelPosition(3, 3)) >> Optics().WithPupil(new Zernike().WithN(3).WithM(2).WithCoefficient(1))).Build().Resolve());
        Assert.Contains("M", exception.Message);
        Assert.Contains("Zernike", exception.Message);
    }

    [Fact]
    public void Apodization_offset_is_in_aperture_radii_whatever_the_grid()
    {
        // The brightest pupil point of an apodization offset by half the aperture radius along the rows lies half-way to
        // the rim on grids of 96 and 192 points (in grid pixels, as DeepTrack 2.0 offsets, it would move with the grid).
        foreach (int size in new[] { 64, 160 })
        {
            var optics = Optics().WithOutputRegion(PixelRegion.Square(size)).WithPadding(16);
            var layout = optics.CheckedLayout();
            var pupil = OpticsCache.PupilOf(new SimulationEnvironment(), optics.KeyOf(layout, PupilFunction.Ideal.With(new Apodization(0.4, 0.5, 0))));
            var focal = pupil.Focal.ToArray();
            int best = Enumerable.Range(0, focal.Length).MaxBy(i => focal[i].Magnitude);
            double row = PupilCoordinates.Frequency(best / layout.GridWidth, layout.GridHeight) / pupil.Coordinates.RimRadius;
            Assert.InRange(row, 0.5 - 1.0 / pupil.Coordinates.RimRadius, 0.5 + 1.0 / pupil.Coordinates.RimRadius);
            Assert.Equal(0, PupilCoordinates.Frequency(best % layout.GridWidth, layout.GridWidth));
        }
    }
}
