using DeepTrack.Fluent;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary><see cref="TrainerOptions.ResumePath"/>: a run stopped after any epoch and resumed ends as the run that never stopped.</summary>
[Collection(RunsAlone.Name)]
public sealed class ResumeTests : IDisposable
{
    private const int Epochs = 5;

    private readonly string folder = Directory.CreateTempSubdirectory("dtf-resume-").FullName;

    private static readonly (SampleSet Training, SampleSet Validation) Data = Positions();

    private static (SampleSet Training, SampleSet Validation) Positions()
    {
        var spot = TestSpot.Random(10);
        var pipeline = spot.Build(11);
        var encoder = SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i => TestSpot.Label(spot, i));
        return (SampleSet.Generate(pipeline, encoder, 256), SampleSet.Generate(pipeline, encoder, 64, start: 1_000_000));
    }

    /// <summary>A network with dropout, so that a resumed run repeats the generator's draws only if its state was restored.</summary>
    private static Mlp Model(long seed = 7) => new(100, [32, 16], 2, dropout: 0.3, seed: seed);

    private static TrainerOptions Options(OptimizerKind optimizer, string? resume, int epochs = Epochs) => new()
    {
        Epochs = epochs,
        Optimizer = optimizer,
        LearningRate = optimizer == OptimizerKind.Sgd ? 0.05 : 2e-3,
        Momentum = optimizer is OptimizerKind.Sgd or OptimizerKind.RmsProp ? 0.9 : 0,
        WeightDecay = optimizer == OptimizerKind.AdamW ? 0.01 : 0,
        Loss = Loss.MeanSquaredError,
        Metrics = [Metric.EuclideanDistance("pixel error", 10)],
        RestoreBest = true,
        Seed = 3,
        ResumePath = resume,
    };

    private static DataLoader Loader() => new(Data.Training, 16, seed: 5);

    private static Dictionary<string, Tensor> Weights(Mlp model) => model.state_dict();

    private static void AssertSameWeights(Mlp expected, Mlp actual)
    {
        var a = Weights(expected);
        var b = Weights(actual);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (name, tensor) in a)
        {
            Assert.True(tensor.equal(b[name]).all().item<bool>(), $"weights '{name}' differ");
        }
    }

    private static void AssertSameHistory(TrainingHistory expected, TrainingHistory actual)
    {
        Assert.Equal(expected.Epochs.Count, actual.Epochs.Count);
        for (int e = 0; e < expected.Epochs.Count; e++)
        {
            var (x, y) = (expected.Epochs[e], actual.Epochs[e]);
            Assert.Equal((x.Epoch, x.Steps, x.TrainingLoss, x.ValidationLoss), (y.Epoch, y.Steps, y.TrainingLoss, y.ValidationLoss));
            Assert.Equal(x.Metrics["pixel error"], y.Metrics["pixel error"]);
        }

        Assert.Equal(expected.BestEpoch, actual.BestEpoch);
        Assert.Equal(expected.StoppedEarly, actual.StoppedEarly);
    }

    [Theory]
    [InlineData(OptimizerKind.Adam, 1)]
    [InlineData(OptimizerKind.AdamW, 3)]
    [InlineData(OptimizerKind.Sgd, 2)]
    [InlineData(OptimizerKind.RmsProp, 4)]
    public void A_run_killed_after_an_epoch_and_resumed_ends_with_the_weights_and_history_of_one_that_never_stopped(OptimizerKind optimizer, int stopAfter)
    {
        var straight = Model();
        var expected = new Trainer(straight, Options(optimizer, resume: null)).Fit(Loader(), Data.Validation);

        string path = Path.Combine(folder, "run.state");
        var killed = Model();
        var stopping = Options(optimizer, path) with
        {
            OnEpoch = record =>
            {
                if (record.Epoch == stopAfter)
                {
                    throw new OperationCanceledException("killed");
                }
            },
        };
        Assert.Throws<OperationCanceledException>(() => new Trainer(killed, stopping).Fit(Loader(), Data.Validation));
        Assert.True(File.Exists(path));

        // A new process: the model is built again (here from another seed, so only the file can give it the right weights).
        var resumed = Model(seed: 99);
        var steps = new List<TrainingProgress>();
        var actual = new Trainer(resumed, Options(optimizer, path) with { OnProgress = steps.Add }).Fit(Loader(), Data.Validation);

        AssertSameHistory(expected, actual);
        AssertSameWeights(straight, resumed);
        int stepsPerEpoch = expected.Epochs[0].Steps;
        Assert.Equal((Epochs - stopAfter) * stepsPerEpoch, steps.Count); // the epoch being run when it was killed is run again
        Assert.NotEqual(-1, expected.BestEpoch);
    }

    [Fact]
    public void A_run_on_a_continuous_generator_with_a_fixed_admission_resumes_exactly_too()
    {
        var spot = TestSpot.Random(10);
        var encoder = SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i => TestSpot.Label(spot, i));
        var options = new ContinuousGeneratorOptions { MinSize = 64, MaxSize = 96, BatchSize = 16, MaxEpochsPerSample = 2, NewSamplesPerEpoch = 32, ChunkSize = 16, Seed = 2 };
        ContinuousGenerator<NoInput, Image<double>> Data() => new(spot.Build(13), encoder, options);

        var straight = Model();
        TrainingHistory expected;
        using (var data = Data())
        {
            expected = new Trainer(straight, Options(OptimizerKind.Adam, resume: null)).Fit(data, ResumeTests.Data.Validation);
        }

        string path = Path.Combine(folder, "continuous.state");
        using (var data = Data())
        {
            var stopping = Options(OptimizerKind.Adam, path) with { OnEpoch = r => { if (r.Epoch == 3) throw new OperationCanceledException(); } };
            Assert.Throws<OperationCanceledException>(() => new Trainer(Model(), stopping).Fit(data, ResumeTests.Data.Validation));
        }

        var resumed = Model(seed: 5);
        TrainingHistory actual;
        using (var data = Data())
        {
            actual = new Trainer(resumed, Options(OptimizerKind.Adam, path)).Fit(data, ResumeTests.Data.Validation);
        }

        AssertSameHistory(expected, actual);
        AssertSameWeights(straight, resumed);
    }

    [Fact]
    public void Without_the_saved_generator_the_resumed_dropout_would_draw_other_masks_so_the_test_above_can_fail()
    {
        var straight = Model();
        var expected = new Trainer(straight, Options(OptimizerKind.Adam, resume: null)).Fit(Loader(), Data.Validation);

        // The same two halves without a resume file: the second half starts from the first half's weights, but with a
        // fresh optimiser and a reseeded generator.
        var halves = Model();
        new Trainer(halves, Options(OptimizerKind.Adam, resume: null, epochs: 2) with { RestoreBest = false }).Fit(Loader(), Data.Validation);
        new Trainer(halves, Options(OptimizerKind.Adam, resume: null, epochs: 3) with { RestoreBest = false }).Fit(Loader(), Data.Validation);

        var a = Weights(straight);
        var b = Weights(halves);
        Assert.Contains(a.Keys, name => !a[name].equal(b[name]).all().item<bool>());
        Assert.Equal(Epochs, expected.Epochs.Count);
    }

    [Fact]
    public void A_finished_run_returns_at_once_with_its_history_and_weights_and_a_longer_one_trains_on()
    {
        string path = Path.Combine(folder, "done.state");
        var first = Model();
        var history = new Trainer(first, Options(OptimizerKind.Adam, path, epochs: 3)).Fit(Loader(), Data.Validation);

        var again = Model(seed: 42);
        var steps = new List<TrainingProgress>();
        var repeated = new Trainer(again, Options(OptimizerKind.Adam, path, epochs: 3) with { OnProgress = steps.Add }).Fit(Loader(), Data.Validation);
        Assert.Empty(steps);
        AssertSameHistory(history, repeated);
        AssertSameWeights(first, again);

        var longer = Model(seed: 43);
        var extended = new Trainer(longer, Options(OptimizerKind.Adam, path, epochs: Epochs)).Fit(Loader(), Data.Validation);
        var straight = Model();
        var expected = new Trainer(straight, Options(OptimizerKind.Adam, resume: null)).Fit(Loader(), Data.Validation);
        AssertSameHistory(expected, extended);
        AssertSameWeights(straight, longer);
    }

    [Fact]
    public void A_state_from_another_run_or_a_damaged_file_is_refused_by_name_and_changes_nothing()
    {
        string path = Path.Combine(folder, "other.state");
        new Trainer(Model(), Options(OptimizerKind.Adam, path, epochs: 2)).Fit(Loader(), Data.Validation);

        var model = Model(seed: 8);
        var before = Weights(model).ToDictionary(p => p.Key, p => p.Value.clone());
        string Refusal(TrainerOptions options, Mlp? other = null)
            => Assert.Throws<InvalidDataException>(() => new Trainer(other ?? model, options).Fit(Loader(), Data.Validation)).Message;

        string rate = Refusal(Options(OptimizerKind.Adam, path) with { LearningRate = 1e-3 });
        Assert.Contains(path, rate);
        Assert.Contains("LearningRate = 0.002", rate);
        Assert.Contains("LearningRate = 0.001", rate);
        Assert.Contains("Delete the file", rate);

        Assert.Contains("Optimizer = Adam", Refusal(Options(OptimizerKind.Sgd, path)));
        Assert.Contains("Epochs = 1", Refusal(Options(OptimizerKind.Adam, path, epochs: 1)));
        string layers = Refusal(Options(OptimizerKind.Adam, path), new Mlp(100, [32], 2, dropout: 0.3));
        Assert.True(layers.Contains("written for another architecture", StringComparison.Ordinal), layers);
        string sizes = Refusal(Options(OptimizerKind.Adam, path), new Mlp(100, [32, 8], 2, dropout: 0.3));
        Assert.True(sizes.Contains("'layers.linear1.weight' is Float32 (16, 32) in it, but Float32 (8, 32) in the model", StringComparison.Ordinal), sizes);

        byte[] whole = File.ReadAllBytes(path);
        string truncated = Path.Combine(folder, "truncated.state");
        File.WriteAllBytes(truncated, whole[..(whole.Length / 2)]);
        Assert.Contains("truncated", Refusal(Options(OptimizerKind.Adam, truncated)));

        string foreign = Path.Combine(folder, "foreign.state");
        Checkpoint.Save(model, foreign);
        Assert.Contains("does not start as a training state", Refusal(Options(OptimizerKind.Adam, foreign)));

        foreach (var (name, tensor) in Weights(model))
        {
            Assert.True(tensor.equal(before[name]).all().item<bool>(), $"'{name}' was changed by a refused file");
        }
    }

    [Fact]
    public void Data_whose_epochs_follow_from_earlier_ones_cannot_be_resumed_and_the_message_says_what_to_do()
    {
        Assert.True(Loader().EpochsAreIndependent);
        var data = new InOrderOnly(Loader());
        Assert.False(((ITrainingData)data).EpochsAreIndependent);
        var refusal = Assert.Throws<ArgumentException>(() =>
            new Trainer(Model(), Options(OptimizerKind.Adam, Path.Combine(folder, "never.state"))).Fit(data, Data.Validation));
        Assert.Contains("ResumePath", refusal.Message);
        Assert.Contains(nameof(InOrderOnly), refusal.Message);
        Assert.Contains("DataLoader", refusal.Message);
        Assert.False(File.Exists(Path.Combine(folder, "never.state")));

        Assert.Throws<ArgumentException>(() => new Trainer(Model(), Options(OptimizerKind.Adam, " ")));
    }

    /// <summary>Data that keeps the interface's default: epochs served in order only.</summary>
    private sealed class InOrderOnly(DataLoader inner) : ITrainingData
    {
        public SampleShape Shape => inner.Shape;

        public IEnumerable<Batch> Epoch(int epoch, Device? device = null) => inner.Epoch(epoch, device);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
