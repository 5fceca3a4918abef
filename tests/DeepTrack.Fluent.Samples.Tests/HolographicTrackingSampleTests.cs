using DeepTrack.Fluent.Labels;
using HolographicTracking;

namespace DeepTrack.Fluent.Samples.Tests;

public class HolographicTrackingSampleTests
{
    [Fact]
    public void The_smallest_configuration_learns_where_the_particles_are_in_3d_and_the_refinement_places_them_closer()
    {
        using var folder = new TemporaryFolder();
        var settings = Settings.Parse(["--size", "32", "--bins", "7", "--training-images", "400", "--epochs", "10", "--batch-size", "4", "--channels", "8,16,32", "--max-particles", "2",
            "--test-images", "30", "--frames", "4", "--movie-particles", "1", "--refinement-images", "400", "--refinement-epochs", "5", "--output", folder.Path, "--stream"]);
        Assert.True(settings.Stream); // the training holograms are generated batch by batch, as --full does
        var result = TrackingCase.Run(settings, TextWriter.Null);
        // An untrained U-Net finds nothing; answering the middle of 2–30 µm is off by about 7 µm (the test set's median is in the result).
        Assert.True(result.Recall > 0.7, $"recall {result.Recall:F3}, precision {result.Precision:F3}");
        Assert.True(result.Precision > 0.7, $"precision {result.Precision:F3}");
        Assert.True(result.MedianAxialErrorAll < result.MiddleGuessAxialError / 2,
            $"median |Δz| {result.MedianAxialErrorAll:F2} µm; answering the middle: {result.MiddleGuessAxialError:F2} µm");
        Assert.True(result.MedianUnrefinedLateralError < 1.5, $"median lateral error of the U-Net alone {result.MedianUnrefinedLateralError:F2} px");
        // The refinement CNN, reading the crop of the hologram around each detection, places the same particles closer,
        // laterally and in z.
        Assert.True(result.MedianLateralError < result.MedianUnrefinedLateralError,
            $"median lateral error refined {result.MedianLateralError:F2} px, U-Net alone {result.MedianUnrefinedLateralError:F2} px");
        Assert.True(result.MedianAxialError < result.MedianUnrefinedAxialError,
            $"median |Δz| refined {result.MedianAxialError:F2} µm, U-Net alone {result.MedianUnrefinedAxialError:F2} µm");
        Assert.True(File.Exists(Path.Combine(folder.Path, "tracks.png")) && File.Exists(Path.Combine(folder.Path, "errors_vs_z.png")) && File.Exists(Path.Combine(folder.Path, "results.json")));
    }

    [Fact]
    public void A_resumed_run_reports_the_training_time_of_the_earlier_process_too()
    {
        using var folder = new TemporaryFolder();
        var settings = Settings.Parse(["--size", "32", "--bins", "7", "--training-images", "40", "--epochs", "2", "--batch-size", "4", "--channels", "4,8", "--max-particles", "1",
            "--test-images", "4", "--frames", "2", "--movie-particles", "1", "--refinement-images", "16", "--refinement-epochs", "15", "--output", folder.Path, "--resume"]);
        var first = TrackingCase.Run(settings, TextWriter.Null);
        double refinementEpochs = EpochSeconds(Path.Combine(folder.Path, "refinement_history.csv"));
        Assert.True(refinementEpochs > 0 && first.RefinementSeconds > refinementEpochs, $"refinement {first.RefinementSeconds:F2} s, of which epochs {refinementEpochs:F2} s");

        // Both trainings are complete in their state files: the second process trains nothing, yet reports the epochs
        // the first one ran (and simulates the refinement's crops again).
        var log = new StringWriter();
        var second = TrackingCase.Run(settings, log);
        Assert.DoesNotContain("refinement epoch", log.ToString(), StringComparison.Ordinal);
        Assert.True(second.TrainingSeconds >= first.TrainingSeconds, $"U-Net: second process {second.TrainingSeconds:F3} s, first {first.TrainingSeconds:F3} s");
        Assert.True(second.RefinementSeconds > refinementEpochs, $"second process: refinement {second.RefinementSeconds:F2} s; the first process's epochs took {refinementEpochs:F2} s");

        static double EpochSeconds(string csv) => File.ReadLines(csv).Skip(1).Sum(line => double.Parse(line.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_volume_has_the_bins_of_the_range_and_three_more_on_each_side()
    {
        // 14 bins of 2 µm over 2–30 µm at 0.4 µm pixels: 5 px per bin, and the label spheres' radius of 3 bins on each side.
        var bins = Hologram.Bins(14);
        Assert.Equal(20, bins.Count);
        Assert.Equal(5, bins.Width, 12);
        Assert.Equal(Hologram.ToPixels(2) - 15, bins.Minimum, 12);
        Assert.Equal(Hologram.ToPixels(30) + 15, bins.Maximum, 12);
        Assert.Equal(3, bins.ToBin(Hologram.ToPixels(2)) + 0.5, 12);
    }

    [Fact]
    public void A_bad_option_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Settings.Parse(["--bins", "0"]));
        Assert.Throws<ArgumentException>(() => Settings.Parse(["--size", "8"]));
        Assert.Throws<ArgumentException>(() => Settings.Parse(["--frobnicate"]));
        Assert.Throws<ArgumentException>(() => Settings.Parse(["--refinement-epochs", "0"]));
        Assert.Equal((256, 28, 1000, 100), Settings.Parse(["--full"]) is var full ? (full.Size, full.Bins, full.TrainingImages, full.Epochs) : default);
        Assert.True(Settings.Parse(["--full", "--resume"]).Resume);
        Assert.True(Settings.Parse(["--full"]).Stream);
        Assert.False(Settings.Parse([]).Stream);
        Assert.False(Settings.Parse(["--full"]).Resume);
    }
}
