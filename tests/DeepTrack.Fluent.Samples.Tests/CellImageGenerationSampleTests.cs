using CellImageGeneration;

namespace DeepTrack.Fluent.Samples.Tests;

public class CellImageGenerationSampleTests
{
    [Fact]
    public void The_smallest_configuration_learns_to_render_masks()
    {
        using var folder = new TemporaryFolder();
        var settings = Settings.Parse(["--size", "32", "--generator", "8,16,32", "--final-channels", "8", "--discriminator", "8,16", "--epochs", "6", "--test-images", "8", "--output", folder.Path]);
        var result = GenerationCase.Run(settings, TextWriter.Null);
        // 96 steps of 7 samples take the generator's L1 to the rendering of unseen masks well below that of its untrained
        // self and of the best constant image.
        Assert.True(result.L1 < 0.5 * result.UntrainedL1, $"L1 {result.L1:F4}, untrained {result.UntrainedL1:F4}");
        Assert.True(result.L1 < 0.7 * result.ConstantL1, $"L1 {result.L1:F4}, best constant {result.ConstantL1:F4}");
        // Dark membranes and mitochondria, light cytoplasm, as in the rendering.
        var means = result.Classes.Select(c => c.GeneratedMean).ToArray();
        Assert.True(means[0] > means[1] && means[0] > means[2], $"generated class means {string.Join(", ", means.Select(m => m.ToString("F3")))}");
        Assert.Equal(6, result.Epochs.Count);
        foreach (var file in new[] { "results.json", "triples.png", "losses.png", "histograms.png" })
        {
            Assert.True(File.Exists(Path.Combine(folder.Path, file)), file);
        }

        // The same six epochs as two runs of three with --resume (as after a kill): the same generator, to the bit.
        using var resumed = new TemporaryFolder();
        string[] Resumed(int epochs) => ["--size", "32", "--generator", "8,16,32", "--final-channels", "8", "--discriminator", "8,16", "--epochs", $"{epochs}",
            "--test-images", "8", "--output", resumed.Path, "--resume"];
        Assert.Equal(3, GenerationCase.Run(Settings.Parse(Resumed(3)), TextWriter.Null).Epochs.Count);
        var log = new StringWriter();
        var continued = GenerationCase.Run(Settings.Parse(Resumed(6)), log);
        Assert.Contains("Resumed after epoch 3", log.ToString(), StringComparison.Ordinal);
        Assert.Equal(result.Epochs, continued.Epochs);
        Assert.Equal(result.L1, continued.L1);
    }

    [Fact]
    public void Bad_options_are_named_and_full_is_the_papers_scale()
    {
        Assert.Contains("--frobnicate", Assert.Throws<ArgumentException>(() => Settings.Parse(["--frobnicate"])).Message);
        Assert.Contains("multiple of 8", Assert.Throws<ArgumentException>(() => Settings.Parse(["--size", "60"])).Message);
        var full = Settings.Parse(["--full", "--seed", "3"]);
        Assert.Equal((1000, 16, 7, 1024, 16, 3UL), (full.Epochs, full.BatchesPerEpoch, full.BatchSize, full.GeneratorChannels[^1], full.FinalChannels, full.Seed));
        Assert.True(Settings.Parse(["--full", "--resume"]).Resume);
        Assert.False(full.Resume);
    }
}
