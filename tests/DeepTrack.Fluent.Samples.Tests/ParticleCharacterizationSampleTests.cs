using ParticleCharacterization;

namespace DeepTrack.Fluent.Samples.Tests;

public class ParticleCharacterizationSampleTests
{
    [Fact]
    public void The_smallest_configuration_learns_radius_and_index()
    {
        using var folder = new TemporaryFolder();
        var settings = Settings.Parse(["--training-images", "200", "--epochs", "3", "--test-images", "60", "--particles", "4", "--observations", "3", "--output", folder.Path]);
        var result = CharacterizationCase.Run(settings, TextWriter.Null);
        // Predicting the centre of the training range is the baseline; the CNN must beat it clearly on the radius.
        Assert.True(result.RadiusMae < 0.8 * result.RadiusBaselineMae, $"radius MAE {result.RadiusMae:F1} nm vs {result.RadiusBaselineMae:F1} nm");
        // The 230 nm spheres come out larger than the 150 nm ones.
        Assert.True(result.Populations[1].MeanRadius > result.Populations[0].MeanRadius + 10,
            $"{result.Populations[0].MeanRadius:F0} nm vs {result.Populations[1].MeanRadius:F0} nm");
        Assert.True(File.Exists(Path.Combine(folder.Path, "scatter_radius.png")) && File.Exists(Path.Combine(folder.Path, "populations.png")));
    }
}
