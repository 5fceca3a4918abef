using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Torch;
using static TorchSharp.torch;

namespace CellCounting;

/// <summary>The case study: simulation, training, counting and comparison with the two baselines.</summary>
public static class CountingCase
{
    /// <summary>Runs the case study.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="log">Where progress goes.</param>
    /// <returns>The measurements (also in results.json).</returns>
    public static CountingResult Run(Settings settings, TextWriter log)
    {
        set_num_threads(settings.Threads);
        Directory.CreateDirectory(settings.Output);
        int crop = settings.CropSize;
        var pipeline = Scene.Of(crop, crop).Build(settings.Seed);
        var encoder = SampleEncoder.From<(Image<double> Image, Image<double> Density)>(s => Scene.Standardise(s.Image)).WithImageLabels(s => s.Density);
        var clock = Stopwatch.StartNew();
        var training = SampleSet.Generate(pipeline, encoder, settings.TrainingImages);
        int validationCount = Math.Max(16, settings.TrainingImages / 10);
        var validation = SampleSet.Generate(pipeline, encoder, validationCount, start: 1_000_000_000);
        log.WriteLine($"Simulated {training.Count} training and {validation.Count} validation crops of {crop}×{crop} in {clock.Elapsed.TotalSeconds:F1} s.");

        // The baselines are calibrated on (the first 200 of) the same training crops: sample i of the pipeline is training image i.
        var calibration = pipeline.Generate(Math.Min(200, settings.TrainingImages)).Select(s => (s.Image, Count: s.Density.Sum() / Scene.LabelScale)).ToArray();
        var pixelSum = PixelSumCounter.Fit(calibration);
        var threshold = ThresholdCounter.Tune(calibration);
        double meanDensity = calibration.Average(c => c.Count) / (crop * crop);
        log.WriteLine($"Baselines calibrated on {calibration.Length} training crops: threshold level {threshold.Level}, minimum area {threshold.MinimumArea} px.");

        var model = new UNet(1, settings.Channels, 1, seed: (long)settings.Seed);
        log.WriteLine($"Training a U-Net (channels {string.Join(", ", settings.Channels)}; {model.parameters().Sum(p => p.numel())} parameters) for {settings.Epochs} epochs ({settings.Loss.ToUpperInvariant()}) on {get_num_threads()} threads …");
        var history = new Trainer(model, new TrainerOptions
        {
            Seed = (long)settings.Seed,
            Epochs = settings.Epochs,
            LearningRate = settings.LearningRate,
            Loss = settings.Loss == "mae" ? Loss.MeanAbsoluteError : Loss.MeanSquaredError,
            ValidationBatchSize = 16,
            RestoreBest = true,
            ResumePath = settings.Resume ? Path.Combine(settings.Output, "training.state") : null,
            OnEpoch = e => log.WriteLine($"epoch {e.Epoch + 1}/{settings.Epochs}: training loss {e.TrainingLoss:F4}, validation loss {e.ValidationLoss:F4} ({e.Seconds:F1} s)"),
        }).Fit(new DataLoader(training, settings.BatchSize, seed: settings.Seed), validation);
        double trainingSeconds = history.TotalSeconds; // with --resume, the earlier processes' epochs too
        history.SaveCsv(Path.Combine(settings.Output, "history.csv"));
        history.SavePlot(Path.Combine(settings.Output, "loss.png"));

        clock.Restart();
        var tests = Scene.Of(settings.TestHeight, settings.TestWidth).Build(settings.Seed + 1).Generate(settings.TestImages);
        log.WriteLine($"Simulated {tests.Length} test images of {settings.TestHeight}×{settings.TestWidth} in {clock.Elapsed.TotalSeconds:F1} s.");
        var maps = tests.Select(t => Inference.PredictImage(model, Scene.Standardise(t.Image))).ToArray();
        var counts = tests.Select((t, i) => new ImageCount(i, t.Density.Sum() / Scene.LabelScale, Density.Count(maps[i], Scene.LabelScale),
            pixelSum.Count(t.Image), threshold.Count(t.Image))).ToArray();
        double area = (double)settings.TestHeight * settings.TestWidth;
        var result = new CountingResult(counts,
            MethodSummary.Of("U-Net density map", counts, c => c.UNetErrorPercent),
            MethodSummary.Of("sum of pixels", counts, c => c.PixelSumErrorPercent),
            MethodSummary.Of("threshold + connected components", counts, c => c.ThresholdErrorPercent),
            counts.Average(c => Math.Abs(100 * (meanDensity * area - c.True) / c.True)),
            pixelSum, threshold, trainingSeconds);

        int example = Array.IndexOf(counts, counts.OrderBy(c => c.True).ElementAt(counts.Length * 3 / 4));
        Plots.Example(tests[example].Image, tests[example].Density, maps[example], counts[example], Path.Combine(settings.Output, "example.png"));
        Plots.CountErrors(counts, Path.Combine(settings.Output, "count_error.png"));
        File.WriteAllText(Path.Combine(settings.Output, "results.json"), JsonSerializer.Serialize(new
        {
            settings,
            validationImages = validation.Count,
            sigma = Scene.Sigma,
            densityPer10000Pixels = new[] { Scene.MinimumDensity, Scene.MaximumDensity },
            processorCount = Environment.ProcessorCount,
            finalValidationLoss = history.Epochs[^1].ValidationLoss,
            result,
        }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals }));
        return result;
    }
}
