using Mnist;

namespace DeepTrack.Fluent.Samples.Tests;

public class MnistSampleTests
{
    [Fact]
    public void The_committed_subset_follows_the_fixed_split_rule()
    {
        var classes = MnistData.Load(MnistData.SubsetFolder);
        Assert.All(classes, c => Assert.Equal(50, c.Length));
        Assert.All(classes.SelectMany(c => c), d => Assert.InRange(d.Image.AsReadOnlySpan().ToArray().Max(), 0.5, 1));
        var (training, test) = MnistData.Split(classes);
        Assert.Equal(400, training.Length);
        Assert.Equal(100, test.Length);
        // Every fifth digit of the concatenation 0.json … 9.json: digit 4 of class 0 is the first test digit.
        Assert.Same(classes[0][4], test[0]);
        Assert.Same(classes[9][49], test[^1]);
    }

    [Fact]
    public void The_smallest_configuration_learns_the_digits()
    {
        using var folder = new TemporaryFolder();
        var settings = Settings.Default with { Subset = true, Epochs = 30, Hidden = [256, 128, 64, 32], Output = folder.Path };
        var result = MnistCase.Run(settings, TextWriter.Null);
        // 400 augmented training digits: chance is 10 %; the dense net must be far above it.
        Assert.True(result.Accuracy > 0.6, $"accuracy {result.Accuracy:P1} (nearest class mean: {result.NearestMeanAccuracy:P1})");
        Assert.Equal(100, result.Confusion.Sum(row => row.Sum()));
        Assert.True(File.Exists(Path.Combine(folder.Path, "confusion.png")) && File.Exists(Path.Combine(folder.Path, "training.png")));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "results.json")));
        Assert.Equal(result.Accuracy, json.RootElement.GetProperty("result").GetProperty("accuracy").GetDouble());
    }

    [Fact]
    public void Options_are_parsed_and_bad_ones_are_named()
    {
        Assert.Equal(1000, Settings.Parse(["--full"]).Epochs);
        Assert.True(Settings.Parse(["--subset", "--seed", "3"]) is { Subset: true, Seed: 3 });
        Assert.Contains("--epochs", Assert.Throws<ArgumentException>(() => Settings.Parse(["--epochs", "0"])).Message);
        Assert.Contains("--bogus", Assert.Throws<ArgumentException>(() => Settings.Parse(["--bogus"])).Message);
    }
}
