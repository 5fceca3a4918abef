using DeepTrack.Fluent;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>Training is a function of its seeds. Runs alone: dropout draws from torch's global generator, which other tests use.</summary>
[Collection(RunsAlone.Name)]
public sealed class ReproducibilityTests
{
    [Fact]
    public void Trainings_with_the_same_seed_give_identical_weights_and_other_seeds_other_weights()
    {
        var spot = TestSpot.Random(12);
        var training = SampleSet.Generate(spot.Build(5), SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i => TestSpot.Label(spot, i)), 96);
        float[][] Train(long seed)
        {
            var model = new Mlp(144, [16], 2, dropout: 0.5);
            new Trainer(model, new TrainerOptions { Epochs = 2, Seed = seed }).Fit(new DataLoader(training, 16, seed: 1));
            return model.parameters().Select(p => p.data<float>().ToArray()).ToArray();
        }

        var first = Train(1);
        manual_seed(12345);
        Assert.Equal(first, Train(1));
        Assert.NotEqual(first[0], Train(2)[0]);
        Assert.Equal(Train(0), Train(new TrainerOptions().Seed));
    }
}
