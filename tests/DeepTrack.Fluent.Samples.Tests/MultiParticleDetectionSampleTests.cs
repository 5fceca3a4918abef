using MultiParticleDetection;

namespace DeepTrack.Fluent.Samples.Tests;

public class MultiParticleDetectionSampleTests
{
    [Fact]
    public void The_smallest_configuration_learns_to_detect_particles()
    {
        using var folder = new TemporaryFolder();
        var settings = Settings.Parse(["--training-images", "160", "--epochs", "5", "--batch-size", "4", "--channels", "8,16", "--test-images", "2", "--output", folder.Path]);
        var result = DetectionCase.Run(settings, TextWriter.Null);
        // An untrained U-Net finds nothing (F1 0); after a short training most bright emitters are found.
        var bright = result.Conditions.Where(c => c.Snr >= 10).Aggregate(Torch.DetectionScore.Empty, (a, c) => a + c.UNet);
        Assert.True(bright.F1 > 0.5, $"U-Net F1 at SNR ≥ 10: {bright.F1:F3} (precision {bright.Precision:F3}, recall {bright.Recall:F3})");
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
}
