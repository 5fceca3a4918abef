using DeepTrack.Fluent;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

public sealed class StreamingLoaderTests
{
    private static (Pipeline<NoInput, Image<double>> Pipeline, SampleEncoder<Image<double>> Encoder) Setup()
    {
        var spot = TestSpot.Random(12);
        var encoder = SampleEncoder.From<Image<double>>(image => image).WithNumberLabels(2, image => TestSpot.Label(spot, image));
        return (spot.Build(21), encoder);
    }

    private static void AssertSameBatches(ITrainingData expected, ITrainingData actual, int epoch)
    {
        var a = expected.Epoch(epoch).ToList();
        var b = actual.Epoch(epoch).ToList();
        Assert.Equal(a.Count, b.Count);
        for (int k = 0; k < a.Count; k++)
        {
            Assert.Equal(a[k].Indices, b[k].Indices);
            Assert.True(a[k].Inputs.equal(b[k].Inputs).all().item<bool>(), $"epoch {epoch}, batch {k}: inputs differ");
            Assert.True(a[k].Labels.equal(b[k].Labels).all().item<bool>(), $"epoch {epoch}, batch {k}: labels differ");
            a[k].Dispose();
            b[k].Dispose();
        }
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void It_serves_the_batches_of_a_data_loader_over_the_generated_set_bit_for_bit_in_any_epoch_order(bool shuffle, bool dropLast)
    {
        var (pipeline, encoder) = Setup();
        var set = SampleSet.Generate(pipeline, encoder, 37, start: 500);
        var kept = new DataLoader(set, 8, shuffle, seed: 4, dropLast);
        var streamed = new StreamingLoader<NoInput, Image<double>>(pipeline, encoder, 37, 8, start: 500, shuffle, seed: 4, dropLast);

        Assert.Equal(kept.BatchesPerEpoch, streamed.BatchesPerEpoch);
        Assert.Equal(dropLast ? 4 : 5, streamed.BatchesPerEpoch);
        Assert.Equal(set.Shape.Input, streamed.Shape.Input);
        Assert.Equal(set.Shape.Label, streamed.Shape.Label);
        Assert.True(streamed.EpochsAreIndependent);
        foreach (int epoch in new[] { 3, 0, 1 })
        {
            AssertSameBatches(kept, streamed, epoch);
        }

        var firstOrder = streamed.Epoch(0).SelectMany(b => b.Indices).ToArray();
        var secondOrder = streamed.Epoch(1).SelectMany(b => b.Indices).ToArray();
        Assert.Equal(shuffle, !firstOrder.SequenceEqual(secondOrder));
    }

    [Fact]
    public void Training_on_it_gives_the_weights_of_training_on_the_kept_set()
    {
        var (pipeline, encoder) = Setup();
        var set = SampleSet.Generate(pipeline, encoder, 64);
        var options = new TrainerOptions { Epochs = 2, LearningRate = 3e-3 };
        var a = new Mlp(144, [16], 2, seed: 3);
        var b = new Mlp(144, [16], 2, seed: 3);
        var kept = new Trainer(a, options).Fit(new DataLoader(set, 16, seed: 9));
        var streamed = new Trainer(b, options).Fit(new StreamingLoader<NoInput, Image<double>>(pipeline, encoder, 64, 16, seed: 9));

        Assert.Equal(kept.Epochs.Select(e => e.TrainingLoss), streamed.Epochs.Select(e => e.TrainingLoss));
        foreach (var (name, tensor) in a.state_dict())
        {
            Assert.True(tensor.equal(b.state_dict()[name]).all().item<bool>(), name);
        }
    }

    [Fact]
    public void Bad_sizes_are_refused_with_their_value()
    {
        var (pipeline, encoder) = Setup();
        Assert.Contains("0", Assert.Throws<ArgumentOutOfRangeException>(() => new StreamingLoader<NoInput, Image<double>>(pipeline, encoder, 0, 8)).Message);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => new StreamingLoader<NoInput, Image<double>>(pipeline, encoder, 8, 0)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => new StreamingLoader<NoInput, Image<double>>(pipeline, encoder, 8, 4, start: -1)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new StreamingLoader<NoInput, Image<double>>(pipeline, encoder, 8, 4).Epoch(-1).ToList());
    }
}
