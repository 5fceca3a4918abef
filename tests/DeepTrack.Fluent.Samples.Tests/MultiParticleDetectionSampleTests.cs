using MultiParticleDetection;

namespace DeepTrack.Fluent.Samples.Tests;

public class MultiParticleDetectionSampleTests
{
    [Fact]
    public void The_smallest_configuration_learns_to_detect_particles()
    {
        using var folder = new TemporaryFolder();
        var settings = Settings.Parse(["--training-images", "160", "--epochs", "10", "--batch-size", "4", "--channels", "8,16", "--test-images", "2", "--output", folder.Path]);
        var result = DetectionCase.Run(settings, TextWriter.Null);
        // An untrained U-Net finds nothing (F1 0); after a short training (on the default spot label) most bright
        // emitters are found, far more reliably than by the band-pass detector (F1 about 0.7 at these conditions).
        var bright = result.Conditions.Where(c => c.Snr >= 10).ToArray();
        var unet = bright.Aggregate(Torch.DetectionScore.Empty, (a, c) => a + c.UNet);
        var classical = bright.Aggregate(Torch.DetectionScore.Empty, (a, c) => a + c.Classical);
        Assert.True(unet.F1 > 0.8 && unet.F1 > classical.F1 + 0.1,
            $"U-Net F1 at SNR ≥ 10: {unet.F1:F3} (precision {unet.Precision:F3}, recall {unet.Recall:F3}); band-pass {classical.F1:F3}");
        Assert.True(File.Exists(Path.Combine(folder.Path, "f1_vs_snr.png")) && File.Exists(Path.Combine(folder.Path, "results.json")));
    }

    [Fact]
    public void The_snr_sets_the_emitters_peak_above_the_background_noise()
    {
        // One emitter of SNR 10 at a pixel centre: its noise-free peak is 10·√50 photons.
        var emitter = new Physics.PointParticle().WithPosition(new PixelPosition(64, 64)).WithIntensity(Scene.Intensity(10));
        double peak = ((emitter ^ 1) >> Scene.Optics).Build(seed: 0).Resolve().AsReadOnlySpan().ToArray().Max();
        Assert.Equal(10 * Math.Sqrt(Scene.BackgroundPhotons), peak, 6);
    }

    [Fact]
    public void Detection_is_by_peaks_of_a_spot_label_and_training_on_one_image_set_by_default_and_otherwise_on_request()
    {
        Assert.Equal(DetectionMethod.Peaks, Settings.Parse([]).Detection);
        Assert.Equal(LabelShape.Spots, Settings.Parse(["--full"]).Label);
        Assert.Equal(LabelShape.Disks, Settings.Parse(["--label", "disks"]).Label);
        Assert.Contains("'rings'", Assert.Throws<ArgumentException>(() => Settings.Parse(["--label", "rings"])).Message);
        Assert.Equal(DetectionMethod.Components, Settings.Parse(["--detection", "components"]).Detection);
        var error = Assert.Throws<ArgumentException>(() => Settings.Parse(["--detection", "blobs"]));
        Assert.Contains("'blobs'", error.Message);
        // The same training images every epoch unless asked for new ones, also at the paper's scale.
        Assert.False(Settings.Parse(["--full"]).FreshImages);
        Assert.True(Settings.Parse(["--full", "--fresh-images"]).FreshImages);
        Assert.True(Settings.Parse(["--full", "--fresh-images", "--resume"]).Resume);
        Assert.False(Settings.Parse(["--full"]).Resume);
    }

    [Fact]
    public void Calibration_takes_the_highest_threshold_within_one_standard_error_of_the_best_F1()
    {
        double[] thresholds = [0, 1, 2, 3];
        // Pooled over equal numbers of images of kinds A and B, F1 is 0.800 at threshold 1 and 0.789 at 2, far less at 0 and 3.
        Torch.DetectionScore[] a = [new(16, 12, 0, 0), new(16, 4, 0, 0), new(15, 2, 1, 0), new(5, 0, 11, 0)];
        Torch.DetectionScore[] b = [new(0, 0, 4, 0), new(0, 0, 4, 0), new(0, 0, 5, 0), new(0, 0, 8, 0)];
        IReadOnlyList<Torch.DetectionScore> Mixed(double t) => [.. Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? a : b)[(int)t])];
        var mixed = Calibration.Choose(thresholds, Mixed, seed: 1);
        Assert.Equal((1, 0.8), (mixed.BestThreshold, mixed.BestF1));
        // Ten images of two very different kinds: the F1 of a resample varies by more than the gap between thresholds 1 and 2.
        Assert.InRange(mixed.StandardError, 0.02, 0.1);
        Assert.Equal(2, mixed.Threshold);
        Assert.Equal(30.0 / 38, mixed.F1, 12);

        // Images that are all alike leave no doubt: the threshold of the largest F1 itself.
        IReadOnlyList<Torch.DetectionScore> Alike(double t) => [.. Enumerable.Repeat(a[(int)t] + b[(int)t], 10)];
        var alike = Calibration.Choose(thresholds, Alike, seed: 1);
        Assert.Equal(1, alike.Threshold);
        Assert.InRange(alike.StandardError, 0, 1e-12);

        Assert.Contains("[1, 0]", Assert.Throws<ArgumentException>(() => Calibration.Choose([1, 0], Alike, seed: 1)).Message);
    }

    [Fact]
    public void Peaks_find_two_emitters_whose_disks_touch_where_components_find_one()
    {
        // Two logit bumps 4 px apart (rows 20 and 24, column 30): one component above the threshold, two local maxima.
        var map = new Image<double>(48, 48);
        var pixels = map.AsWritableSpan();
        for (int row = 0; row < 48; row++)
        {
            for (int column = 0; column < 48; column++)
            {
                double Bump(double r, double c) => 8 * Math.Exp(-(((row - r) * (row - r)) + ((column - c) * (column - c))) / (2 * 1.5 * 1.5));
                pixels[(row * 48) + column] = Bump(20, 30) + Bump(24.3, 30) - 4;
            }
        }

        var components = DetectionCase.Find(map, 0, DetectionMethod.Components);
        var peaks = DetectionCase.Find(map, 0, DetectionMethod.Peaks);
        Assert.Single(components);
        // The weighted centroid of the merged component lies between the two, at row 22.12.
        Assert.InRange(components[0].Row, 22.0, 22.25);
        Assert.Equal(2, peaks.Count);
        var rows = peaks.Select(p => p.Row).Order().ToArray();
        // Each peak lies within a fifth of a pixel of its bump (the neighbour's tail pulls it a little towards it).
        Assert.InRange(rows[0], 19.8, 20.2);
        Assert.InRange(rows[1], 24.1, 24.5);
        Assert.All(peaks, p => Assert.Equal(30, p.Column, 6));
    }
}
