using LodeStarSample;

namespace DeepTrack.Fluent.Samples.Tests;

public class LodeStarSampleTests
{
    [Fact]
    public void The_smallest_configuration_learns_to_localise_from_one_crop()
    {
        using var folder = new TemporaryFolder();
        var settings = Settings.Parse(["--levels", "20", "--steps", "150", "--test-images", "40", "--cnn-images", "200", "--cnn-epochs", "1",
            "--densities", "4", "--frames", "2", "--channels", "8/16,16", "--crop-snr", "20", "--noise", "0.3,1", "--contrast", "0.5,2", "--output", folder.Path]);
        var result = LodeStarCase.Run(settings, TextWriter.Null);
        // Test emitters lie in a 7 px square: guessing its centre gives an RMSE of √(2 · 7²/12) ≈ 2.9 px.
        var level = result.Levels.Single();
        Assert.True(level.LodeStar < 1, $"LodeSTAR RMSE at SNR 20: {level.LodeStar:F3} px (Cramér–Rao bound {level.CramerRao:F3} px)");
        // The supervised baseline's positions are measured from the frame's centre, as its symmetry averaging needs.
        Assert.True(level.Cnn < 2.9, $"supervised CNN RMSE at SNR 20: {level.Cnn:F3} px");
        Assert.True(File.Exists(Path.Combine(folder.Path, "error_vs_snr.png")) && File.Exists(Path.Combine(folder.Path, "results.json")));
    }

    [Fact]
    public void Orientations_are_eight_by_default_one_on_request_and_nothing_else()
    {
        Assert.Equal(8, Settings.Parse([]).Orientations);
        Assert.Equal(1, Settings.Parse(["--orientations", "1"]).Orientations);
        var error = Assert.Throws<ArgumentException>(() => Settings.Parse(["--orientations", "4"]));
        Assert.Contains("got 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cramer_rao_bound_of_a_gaussian_spot_under_gaussian_noise_is_2_sigma2_over_pi_a2()
    {
        // μ = A·exp(−r²/(2s²)) on unit pixels: Σ(∂μ/∂x)² ≈ ∫∫ A² (x²/s⁴) exp(−(x² + y²)/s²) dx dy = (A²/s⁴)·(√π s³/2)·(√π s) = π A²/2,
        // so var(x) ≥ 2 σ² / (π A²), whatever the width s (wider spots have more pixels but shallower slopes).
        const double amplitude = 50, s = 2, sigma = 3;
        double[] Spot(PixelPosition p) => Gaussian(41, p, amplitude, s);
        var position = new PixelPosition(20.3, 19.6);
        var (row, column) = CramerRao.Derivatives(Spot, position);
        var (vr, vc) = CramerRao.Bound(row, column, _ => sigma * sigma);
        double expected = 2 * sigma * sigma / (Math.PI * amplitude * amplitude);
        Assert.Equal(expected, vr, expected * 1e-3);
        Assert.Equal(expected, vc, expected * 1e-3);
    }

    [Fact]
    public void The_cramer_rao_bound_of_n_photons_in_a_gaussian_spot_without_background_is_s2_over_n()
    {
        // Poisson counts, μ = N/(2πs²)·exp(−r²/(2s²)): I = Σ (∂μ)²/μ = Σ μ x²/s⁴ = N/s², the classic var(x) ≥ s²/N.
        const double photons = 1000, s = 1.5;
        var position = new PixelPosition(20.4, 20.8);
        double[] Shape(PixelPosition p) => Gaussian(41, p, 1 / (2 * Math.PI * s * s), s);
        var (row, column) = CramerRao.Derivatives(Shape, position);
        var (vr, vc) = CramerRao.Poisson(Shape(position), row, column, photons, background: 1e-12);
        Assert.Equal(s * s / photons, vr, s * s / photons * 1e-3);
        Assert.Equal(s * s / photons, vc, s * s / photons * 1e-3);
        // A background adds variance without information: the bound grows.
        Assert.True(CramerRao.Poisson(Shape(position), row, column, photons, background: 5).Row > 1.5 * vr);
    }

    [Fact]
    public void The_crop_read_back_from_its_tiff_file_holds_the_emitter_near_its_centre()
    {
        using var folder = new TemporaryFolder();
        var (crop, file) = Scene.CropFromFile(40, 7, folder.Path);
        Assert.True(File.Exists(file));
        Assert.Equal((Scene.Size, Scene.Size), (crop.Height, crop.Width));
        // The emitter is at (30.3, 33.6) of the frame; the crop starts at (14, 18), so its brightest pixel is (16, 16) or a neighbour.
        var pixels = crop.AsReadOnlySpan().ToArray();
        int brightest = Array.IndexOf(pixels, pixels.Max());
        Assert.InRange(brightest / Scene.Size, 15, 17);
        Assert.InRange(brightest % Scene.Size, 15, 17);
    }

    [Fact]
    public void A_bad_option_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Settings.Parse(["--levels", "0,5"]));
        Assert.Throws<ArgumentException>(() => Settings.Parse(["--channels", "8,8"]));
        Assert.Throws<ArgumentException>(() => Settings.Parse(["--frobnicate"]));
        Assert.Throws<ArgumentException>(() => Settings.Parse(["--crop-snr", "0"]));
        Assert.Throws<ArgumentException>(() => Settings.Parse(["--noise", "2,1"]));
        Assert.Throws<ArgumentException>(() => Settings.Parse(["--contrast", "0,1"]));
        Assert.Equal((0.5, 2.0), Settings.Parse(["--contrast", "0.5,2"]).Contrast);
        Assert.Null(Settings.Parse(["--crop-snr", "test"]).CropSnr);
    }

    private static double[] Gaussian(int size, PixelPosition p, double amplitude, double s)
    {
        var image = new double[size * size];
        for (int row = 0; row < size; row++)
        {
            for (int column = 0; column < size; column++)
            {
                image[(row * size) + column] = amplitude * Math.Exp(-(Math.Pow(row - p.Row, 2) + Math.Pow(column - p.Column, 2)) / (2 * s * s));
            }
        }

        return image;
    }
}
