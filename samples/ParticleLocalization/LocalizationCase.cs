using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Torch;
using static TorchSharp.torch;

namespace ParticleLocalization;

/// <summary>The case study: simulation, training in three learning-rate stages, and the test at each SNR.</summary>
public static class LocalizationCase
{
    /// <summary>The test SNR levels.</summary>
    public static IReadOnlyList<double> Levels { get; } = [2, 3, 5, 10, 20, 50, 100];

    /// <summary>The learning rate of each stage and the share of the epochs after which the stage ends.</summary>
    public static IReadOnlyList<(double LearningRate, double EndsAt)> Schedule { get; } = [(1e-3, 0.6), (1e-4, 0.85), (1e-5, 1.0)];

    /// <summary>Runs the case study.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="log">Where progress goes.</param>
    /// <returns>The measurements (also in results.json).</returns>
    public static LocalizationResult Run(Settings settings, TextWriter log)
    {
        Directory.CreateDirectory(settings.Output);
        var particle = Microscope.Particle;
        var pipeline = Microscope.Image(particle, Distribution.LogUniform(1.5, 150)).Build(settings.Seed);
        var encoder = Localization.Encoder(particle);
        var validation = SampleSet.Generate(pipeline, encoder, Math.Min(1000, settings.TrainingImages / 4), start: 1_000_000_000);

        // The paper's network: three convolution blocks with pooling (51 → 25 → 12 → 6, 64 channels), three dense layers → (x, y).
        var model = new Cnn(1, Microscope.Size, Microscope.Size, [16, 32, 64], [32, 32], 2, seed: (long)settings.Seed);
        log.WriteLine($"Training a CNN ({model.parameters().Sum(p => p.numel())} parameters) for {settings.Epochs} epochs on {get_num_threads()} threads …");
        var clock = Stopwatch.StartNew();
        var epochs = new List<EpochRecord>();
        int done = 0;
        for (int stage = 0; stage < Schedule.Count; stage++)
        {
            var (rate, endsAt) = Schedule[stage];
            int count = (int)Math.Round(endsAt * settings.Epochs) - done;
            if (count < 1)
            {
                continue;
            }

            // Each stage trains on images it has not seen (the simulation is cheap), with a fresh Adam at a tenth of the last rate.
            var training = SampleSet.Generate(pipeline, encoder, settings.TrainingImages, start: (long)stage * settings.TrainingImages);
            int offset = done;
            new Trainer(model, new TrainerOptions
            {
                Seed = (long)settings.Seed + stage,
                Epochs = count,
                LearningRate = rate,
                Loss = Loss.MeanAbsoluteError,
                Metrics = [Metric.EuclideanDistance("pixel error", Localization.Scale)],
                OnEpoch = e =>
                {
                    epochs.Add(e with { Epoch = offset + e.Epoch });
                    log.WriteLine($"epoch {offset + e.Epoch + 1}/{settings.Epochs} (learning rate {rate:G2}): training loss {e.TrainingLoss:F4}, " +
                        $"validation loss {e.ValidationLoss:F4}, pixel error {e.Metrics["pixel error"]:F3} ({e.Seconds:F1} s)");
                },
            }).Fit(new DataLoader(training, 32, seed: settings.Seed + (ulong)stage), validation);
            done += count;
        }

        double trainingSeconds = clock.Elapsed.TotalSeconds;
        var history = new TrainingHistory(Loss.MeanAbsoluteError.Name);
        foreach (var e in epochs)
        {
            history.Add(e);
        }

        history.SaveCsv(Path.Combine(settings.Output, "history.csv"));
        history.SavePlot(Path.Combine(settings.Output, "loss.png"));

        // Test: the same particles (positions, sizes, indices, defocus and noise draws) at each SNR level.
        var rows = Levels.Select(level => Localization.Evaluate(model, particle, level, settings.Seed + 1, settings.TestImages)).ToArray();
        Plots.ErrorVersusSnr(rows, Path.Combine(settings.Output, "error_vs_snr.png"));
        Plots.Examples(model, particle, Levels, settings.Seed + 1, Path.Combine(settings.Output, "examples.png"));
        var result = new LocalizationResult(rows, epochs[^1].Metrics["pixel error"], trainingSeconds);
        File.WriteAllText(Path.Combine(settings.Output, "results.json"), JsonSerializer.Serialize(new
        {
            settings = new { settings.Epochs, settings.TrainingImages, settings.TestImages, settings.Seed },
            schedule = Schedule.Select(s => new { s.LearningRate, s.EndsAt }),
            validationImages = validation.Count,
            trainingSeconds,
            processorCount = Environment.ProcessorCount,
            validationPixelError = result.ValidationPixelError,
            bySnr = rows,
        }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        return result;
    }
}
