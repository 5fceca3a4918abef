using ParticleLocalization;

namespace DeepTrack.Fluent.Samples.Tests;

public class ParticleLocalizationSampleTests
{
    [Fact]
    public void The_smallest_configuration_beats_radial_center_at_low_snr_and_the_refinement_beats_the_first_network_at_high_snr()
    {
        using var folder = new TemporaryFolder();
        var settings = Settings.Parse(["--training-images", "2000", "--epochs", "5", "--test-images", "60", "--output", folder.Path]);
        var result = LocalizationCase.Run(settings, TextWriter.Null);
        var low = result.BySnr[0];
        // At SNR 2 radial center is lost in the noise; the CNN, even briefly trained, must do far better.
        Assert.True(low.CnnError < 0.6 * low.RadialCenterError, $"CNN {low.CnnError:F2} px vs radial center {low.RadialCenterError:F2} px");
        Assert.True(low.CnnError < 0.6 * low.CentroidError, $"CNN {low.CnnError:F2} px vs centroid {low.CentroidError:F2} px");
        // The window around the first estimate is what gives the precision at high SNR.
        var high = result.BySnr[^1];
        Assert.True(high.CnnError < 0.7 * high.FirstNetworkError, $"refined {high.CnnError:F3} px vs first network {high.FirstNetworkError:F3} px");
        Assert.True(File.Exists(Path.Combine(folder.Path, "error_vs_snr.png")) && File.Exists(Path.Combine(folder.Path, "results.json"))
            && File.Exists(Path.Combine(folder.Path, "refinement_loss.png")));
    }
}
