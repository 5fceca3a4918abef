using DeepTrack.Fluent;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

public sealed class TrainerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dtf-trainer-").FullName;

    private static (SampleSet Training, SampleSet Validation) Positions(int size, int count, ulong seed = 5)
    {
        var spot = TestSpot.Random(size);
        var pipeline = spot.Build(seed);
        var encoder = SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i => TestSpot.Label(spot, i));
        return (SampleSet.Generate(pipeline, encoder, count), SampleSet.Generate(pipeline, encoder, 128, start: 1_000_000));
    }

    private static (SampleSet Training, SampleSet Validation) Sides(int count)
    {
        var spot = TestSpot.Random(12);
        var pipeline = spot.Build(9);
        var encoder = SampleEncoder.From<Image<double>>(i => i).WithClassLabels(2, i => TestSpot.Label(spot, i)[0] < 0.5 ? 0 : 1);
        return (SampleSet.Generate(pipeline, encoder, count), SampleSet.Generate(pipeline, encoder, 128, start: 1_000_000));
    }

    [Fact]
    public void A_small_cnn_learns_to_locate_a_spot_validation_error_falls_at_least_fourfold()
    {
        manual_seed(1);
        var (training, validation) = Positions(16, 1024);
        var model = new Cnn(1, 16, 16, [8, 16], [32], 2);
        var trainer = new Trainer(model, new TrainerOptions
        {
            Epochs = 8,
            LearningRate = 3e-3,
            Metrics = [Metric.EuclideanDistance("pixel error", 16)],
        });

        double before = trainer.Evaluate(validation).Metrics["pixel error"];
        var history = trainer.Fit(new DataLoader(training, 32, seed: 1), validation);
        double after = history.Epochs[^1].Metrics["pixel error"];

        Assert.Equal(8, history.Epochs.Count);
        Assert.True(after < before / 4, $"pixel error {before:F2} → {after:F2}");
        Assert.True(history.Epochs[^1].TrainingLoss < history.Epochs[0].TrainingLoss / 2);
    }

    [Theory]
    [InlineData(OptimizerKind.Adam, 3e-3)]
    [InlineData(OptimizerKind.AdamW, 3e-3)]
    [InlineData(OptimizerKind.Sgd, 0.05)]
    [InlineData(OptimizerKind.RmsProp, 1e-3)]
    public void Every_optimizer_trains_a_classifier_with_cross_entropy_to_high_accuracy(OptimizerKind optimizer, double learningRate)
    {
        manual_seed(2);
        var (training, validation) = Sides(512);
        var model = new Mlp(144, [32], 2);
        var trainer = new Trainer(model, new TrainerOptions
        {
            Epochs = 6,
            Optimizer = optimizer,
            LearningRate = learningRate,
            Momentum = optimizer == OptimizerKind.Sgd ? 0.9 : 0,
            Loss = Loss.CrossEntropy,
            Metrics = [Metric.Accuracy],
        });

        double chance = trainer.Evaluate(validation).Loss;
        var history = trainer.Fit(new DataLoader(training, 32, seed: 3), validation);
        Assert.True(history.Epochs[^1].ValidationLoss < chance / 3, $"{optimizer}: cross-entropy {chance:F3} → {history.Epochs[^1].ValidationLoss:F3}");
        Assert.True(history.Epochs[^1].Metrics["accuracy"] > 0.9, $"{optimizer}: accuracy {history.Epochs[^1].Metrics["accuracy"]:F3}");
    }

    [Fact]
    public void A_unet_learns_a_mask_with_the_scheduled_weighted_bce()
    {
        manual_seed(4);
        var spot = TestSpot.Random(16).WithNoise(0.1);
        var pipeline = spot.Build(4);
        var encoder = SampleEncoder.From<Image<double>>(i => i).WithImageLabels(i =>
        {
            var p = i.Get(spot, s => s.Position).Single();
            var mask = new Image<double>(16, 16);
            for (int r = 0; r < 16; r++)
            {
                for (int c = 0; c < 16; c++)
                {
                    mask[r, c] = Math.Pow(r - p.Row, 2) + Math.Pow(c - p.Column, 2) <= 4 ? 1 : 0;
                }
            }

            return mask;
        });
        var training = SampleSet.Generate(pipeline, encoder, 256);
        var validation = SampleSet.Generate(pipeline, encoder, 64, start: 10_000);
        var loss = Loss.WeightedBinaryCrossEntropy(10, epochs: 2);
        var trainer = new Trainer(new UNet(1, [8, 16], 1), new TrainerOptions { Epochs = 5, LearningRate = 5e-3, Loss = loss });

        using (var scope = NewDisposeScope())
        {
            var batch = validation.Batch(0, 8);
            var logits = zeros_like(batch.Labels);
            Assert.True(loss.Compute(logits, batch.Labels, 0).item<float>() > loss.Compute(logits, batch.Labels, 2).item<float>());
        }

        double before = trainer.Evaluate(validation, epoch: 5).Loss;
        var history = trainer.Fit(new DataLoader(training, 16, seed: 4), validation);
        Assert.True(history.Epochs[^1].ValidationLoss < before / 4, $"BCE {before:F3} → {history.Epochs[^1].ValidationLoss:F3}");
    }

    [Fact]
    public void A_checkpoint_loaded_into_a_fresh_model_gives_identical_outputs()
    {
        manual_seed(5);
        var (training, validation) = Positions(16, 256);
        string path = Path.Combine(folder, "model.bin");
        var model = new Cnn(1, 16, 16, [4, 8], [16], 2);
        new Trainer(model, new TrainerOptions { Epochs = 2, CheckpointPath = path }).Fit(new DataLoader(training, 32), validation);
        Assert.True(File.Exists(path));

        var fresh = new Cnn(1, 16, 16, [4, 8], [16], 2);
        using var scope = NewDisposeScope();
        var inputs = validation.Batch(0, 64).Inputs;
        model.eval();
        fresh.eval();
        Assert.NotEqual(model.forward(inputs).data<float>().ToArray(), fresh.forward(inputs).data<float>().ToArray());

        // The checkpoint is the best epoch; with a falling loss that is the last one, i.e. the model as trained.
        fresh.load(path);
        Assert.Equal(model.forward(inputs).data<float>().ToArray(), fresh.forward(inputs).data<float>().ToArray());
    }

    [Fact]
    public void Early_stopping_ends_a_run_that_stops_improving_and_restores_the_best_weights()
    {
        manual_seed(6);
        var (training, validation) = Positions(12, 128);
        var model = new Mlp(144, [8], 2);
        var options = new TrainerOptions
        {
            Epochs = 50,
            LearningRate = 1e-9,
            EarlyStoppingPatience = 3,
            MinimumImprovement = 1e-3,
            RestoreBest = true,
        };
        var before = new Trainer(model, options).Evaluate(validation).Loss;
        var history = new Trainer(model, options).Fit(new DataLoader(training, 32), validation);

        Assert.True(history.StoppedEarly);
        Assert.Equal(4, history.Epochs.Count);
        Assert.Equal(0, history.BestEpoch);
        Assert.Equal(history.Epochs[0].ValidationLoss!.Value, new Trainer(model, options).Evaluate(validation).Loss, 6);
        Assert.Equal(before, history.Epochs[0].ValidationLoss!.Value, 4);
    }

    [Fact]
    public void History_is_written_as_csv_json_and_png_and_progress_is_reported_every_step()
    {
        manual_seed(7);
        var (training, validation) = Positions(12, 96);
        var steps = new List<TrainingProgress>();
        var history = new Trainer(new Mlp(144, [8], 2), new TrainerOptions
        {
            Epochs = 3,
            StepsPerEpoch = 2,
            OnProgress = steps.Add,
            Metrics = [Metric.MeanAbsoluteError],
        }).Fit(new DataLoader(training, 16), validation);

        Assert.Equal(6, steps.Count);
        Assert.Equal([1, 2, 1, 2, 1, 2], steps.Select(s => s.Step));
        Assert.All(history.Epochs, e => Assert.Equal(2, e.Steps));

        history.SaveCsv(Path.Combine(folder, "h.csv"));
        history.SaveJson(Path.Combine(folder, "h.json"));
        history.SavePlot(Path.Combine(folder, "h.png"));
        var lines = File.ReadAllLines(Path.Combine(folder, "h.csv"));
        Assert.Equal("epoch,steps,training_loss,validation_loss,MAE,seconds", lines[0]);
        Assert.Equal(4, lines.Length);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "h.json")));
        Assert.Equal(3, json.RootElement.GetProperty("epochs").GetArrayLength());
        var png = File.ReadAllBytes(Path.Combine(folder, "h.png"));
        Assert.True(png.Length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
    }

    [Fact]
    public void Bad_options_name_the_option_and_the_value()
    {
        var model = new Mlp(4, [], 1);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Trainer(model, new TrainerOptions { LearningRate = -1 }));
        Assert.Equal("LearningRate", ex.ParamName);
        Assert.Contains("-1", ex.Message);
        ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Trainer(model, new TrainerOptions { Epochs = 0 }));
        Assert.Equal("Epochs", ex.ParamName);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
