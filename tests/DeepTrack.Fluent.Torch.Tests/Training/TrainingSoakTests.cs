using DeepTrack.Fluent;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>
/// Long training runs must not crash. TorchSharp 0.107 frees a Scalar converted implicitly from a double in its finalizer,
/// which a garbage collection on another thread can run while libtorch still reads it (see <see cref="TrainingOptimizer"/>);
/// here another thread collects garbage all the time, so every such Scalar on the training path is freed at once.
/// Before the trainer used <see cref="TrainingOptimizer"/>, each of these runs failed within a few hundred steps with
/// libtorch's <c>toFloat at c10/core/Scalar.h:140</c> or <c>Unknown scalar type</c> (docs/training.md has the figures).
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class TrainingSoakTests
{
    internal const int Size = 8;

    [Theory]
    [InlineData(OptimizerKind.Adam, false)]
    [InlineData(OptimizerKind.Adam, true)]
    [InlineData(OptimizerKind.AdamW, false)]
    [InlineData(OptimizerKind.AdamW, true)]
    [InlineData(OptimizerKind.Sgd, false)]
    [InlineData(OptimizerKind.Sgd, true)]
    [InlineData(OptimizerKind.RmsProp, false)]
    [InlineData(OptimizerKind.RmsProp, true)]
    public void Four_thousand_steps_survive_constant_garbage_collection_on_another_thread(OptimizerKind optimizer, bool continuous)
    {
        var history = Soak(optimizer, continuous, 4000, out long collections);

        Assert.Equal(4000, history.Epochs.Sum(e => e.Steps));
        Assert.All(history.Epochs, e => Assert.True(double.IsFinite(e.TrainingLoss)));
        Assert.True(collections > 200, $"only {collections} collections ran during the soak");
    }

    [Fact]
    public void The_other_training_paths_survive_constant_garbage_collection_on_another_thread()
    {
        var spot = TestSpot.Random(Size);
        var pipeline = spot.Build(19);
        var positions = SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i => TestSpot.Label(spot, i));
        var masks = SampleEncoder.From<Image<double>>(i => i).WithImageLabels(i => i.Map(v => v > 0.5 ? 1 : 0));
        var validation = SampleSet.Generate(pipeline, positions, 64, start: 10_000);
        var maskValidation = SampleSet.Generate(pipeline, masks, 64, start: 10_000);
        var cnn = new Trainer(new Cnn(1, Size, Size, [4], [8], 2), new TrainerOptions
        {
            Epochs = 40,
            StepsPerEpoch = 16,
            Metrics = [Metric.EuclideanDistance("pixel error", Size), Metric.MeanSquaredError, Metric.MeanAbsoluteError],
            ValidationBatchSize = 16,
        });
        var unet = new Trainer(new UNet(1, [4, 8], 1), new TrainerOptions
        {
            Epochs = 40,
            StepsPerEpoch = 16,
            Loss = Loss.WeightedBinaryCrossEntropy(10, epochs: 20),
            ValidationBatchSize = 16,
        });
        using var gan = new ConditionalGan(new UNetGenerator(1, 1, [4, 8], residualBlocks: 1, finalChannels: 4), new PatchDiscriminator(2, [4, 8]));
        using var condition = rand(4, 1, Size, Size);
        using var target = condition.neg();

        int threads = get_num_threads();
        set_num_threads(1);
        using var pressure = new GarbageCollectionPressure();
        try
        {
            var located = cnn.Fit(new DataLoader(SampleSet.Generate(pipeline, positions, 256), 16, seed: 1), validation);
            var segmented = unet.Fit(new DataLoader(SampleSet.Generate(pipeline, masks, 256), 16, seed: 1), maskValidation);
            var losses = Enumerable.Range(0, 300).Select(_ => gan.TrainStep(condition, target)).ToArray();

            Assert.Equal(640, located.Epochs.Sum(e => e.Steps));
            Assert.All(located.Epochs, e => Assert.True(double.IsFinite(e.Metrics["pixel error"])));
            Assert.Equal(640, segmented.Epochs.Sum(e => e.Steps));
            Assert.All(losses, l => Assert.True(double.IsFinite(l.Generator) && double.IsFinite(l.Discriminator)));
            Assert.True(pressure.Collections > 200, $"only {pressure.Collections} collections ran during the soak");
        }
        finally
        {
            set_num_threads(threads);
        }
    }

    /// <summary>
    /// Trains a tiny MLP (four linear layers: eight parameters, each updated with several Scalars per step) on 8×8 spots
    /// for <paramref name="steps"/> steps while another thread collects garbage. libtorch runs on one thread meanwhile:
    /// a model this small trains several times faster so on a busy two-core machine.
    /// </summary>
    internal static TrainingHistory Soak(OptimizerKind optimizer, bool continuous, int steps, out long collections)
    {
        var spot = TestSpot.Random(Size);
        var pipeline = spot.Build(17);
        var encoder = SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i => TestSpot.Label(spot, i));
        using var generator = new ContinuousGenerator<NoInput, Image<double>>(pipeline, encoder, new ContinuousGeneratorOptions
        {
            MinSize = 256, MaxSize = 512, BatchSize = 16, MaxEpochsPerSample = 1000, NewSamplesPerEpoch = 64, ChunkSize = 32, MaxDegreeOfParallelism = 1,
        });
        ITrainingData data = continuous ? generator : new DataLoader(SampleSet.Generate(pipeline, encoder, 256), 16, seed: 3);
        int done = 0;
        var trainer = new Trainer(new Mlp(Size * Size, [16, 16, 16], 2), new TrainerOptions
        {
            OnProgress = _ => done++,
            Epochs = steps / 16,
            StepsPerEpoch = 16,
            Optimizer = optimizer,
            LearningRate = optimizer == OptimizerKind.Sgd ? 0.01 : 1e-3,
            Momentum = optimizer is OptimizerKind.Sgd or OptimizerKind.RmsProp ? 0.9 : 0,
            WeightDecay = 1e-4,
        });

        int threads = get_num_threads();
        set_num_threads(1);
        using var pressure = new GarbageCollectionPressure();
        try
        {
            var history = trainer.Fit(data);
            collections = pressure.Collections;
            return history;
        }
        catch (Exception failure)
        {
            throw new Xunit.Sdk.XunitException($"{optimizer} on {(continuous ? "a continuous generator" : "a data loader")} failed after {done} steps: {failure}");
        }
        finally
        {
            set_num_threads(threads);
        }
    }
}
