using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Torch;
using static TorchSharp.torch;

namespace ParticleLocalization;

/// <summary>
/// The case study: simulation, training of the two networks in three learning-rate stages each, and the test at each SNR.
/// </summary>
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
        var snr = Distribution.LogUniform(1.5, 150);
        var clock = Stopwatch.StartNew();

        // The paper's network on the whole image: three convolution blocks with pooling (51 → 25 → 12 → 6, 64 channels),
        // three dense layers → (x, y).
        var model = new Cnn(1, Microscope.Size, Microscope.Size, [16, 32, 64], [32, 32], 2, seed: (long)settings.Seed);
        var first = Train("first network", model, Microscope.Image(particle, snr).Build(settings.Seed), Localization.Encoder(particle),
            Localization.Scale, settings, log);

        // The refinement network: the same design on the 21×21 window around the particle (21 → 10 → 5 → 2), trained on
        // particles within ±3 pixels of the window's centre.
        double low = Localization.Scale - Localization.FineRange, high = Localization.Scale + Localization.FineRange;
        var near = particle.WithPosition(Distribution.UniformPosition(low, high, low, high));
        var refinement = new Cnn(1, Localization.Window, Localization.Window, [16, 32, 64], [32, 32], 2, seed: (long)settings.Seed + 7);
        var refined = Train("refinement", refinement, (Microscope.Image(near, snr) >> Localization.CentreWindow).Build(settings.Seed + 3),
            Localization.WindowEncoder(near), Localization.FineRange, settings, log);
        double trainingSeconds = clock.Elapsed.TotalSeconds;
        first.SaveCsv(Path.Combine(settings.Output, "history.csv"));
        first.SavePlot(Path.Combine(settings.Output, "loss.png"));
        refined.SaveCsv(Path.Combine(settings.Output, "refinement_history.csv"));
        refined.SavePlot(Path.Combine(settings.Output, "refinement_loss.png"));

        // Test: the same particles (positions, sizes, indices, defocus and noise draws) at each SNR level.
        var rows = Levels.Select(level => Localization.Evaluate(model, refinement, particle, level, settings.Seed + 1, settings.TestImages)).ToArray();
        Plots.ErrorVersusSnr(rows, Path.Combine(settings.Output, "error_vs_snr.png"));
        Plots.Examples(model, refinement, particle, Levels, settings.Seed + 1, Path.Combine(settings.Output, "examples.png"));
        var result = new LocalizationResult(rows, refined.Epochs[^1].Metrics["pixel error"], trainingSeconds);
        File.WriteAllText(Path.Combine(settings.Output, "results.json"), JsonSerializer.Serialize(new
        {
            settings = new { settings.Epochs, settings.TrainingImages, settings.TestImages, settings.Seed },
            schedule = Schedule.Select(s => new { s.LearningRate, s.EndsAt }),
            validationImages = ValidationImages(settings),
            trainingSeconds,
            processorCount = Environment.ProcessorCount,
            threads = get_num_threads(),
            validationPixelError = new { first = first.Epochs[^1].Metrics["pixel error"], refinement = result.ValidationPixelError },
            bySnr = rows,
        }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        return result;
    }

    /// <summary>
    /// Trains one network in the stages of <see cref="Schedule"/>: each stage on images it has not seen (stage 1: samples
    /// 0 … N − 1 of the pipeline, stage 2: N … 2N − 1, …; the simulation is cheap), with a fresh Adam at a tenth of the
    /// last rate; validated on a disjoint range.
    /// </summary>
    private static TrainingHistory Train(string name, Cnn model, Pipeline<IReadOnlyList<SampleObject>, Image<double>> pipeline,
        SampleEncoder<Image<double>> encoder, double scale, Settings settings, TextWriter log)
    {
        var validation = SampleSet.Generate(pipeline, encoder, ValidationImages(settings), start: 1_000_000_000);
        log.WriteLine($"Training the {name} ({model.parameters().Sum(p => p.numel())} parameters) for {settings.Epochs} epochs on {get_num_threads()} threads …");
        var history = new TrainingHistory(Loss.MeanAbsoluteError.Name);
        int done = 0;
        for (int stage = 0; stage < Schedule.Count; stage++)
        {
            var (rate, endsAt) = Schedule[stage];
            int count = (int)Math.Round(endsAt * settings.Epochs) - done;
            if (count < 1)
            {
                continue;
            }

            var training = SampleSet.Generate(pipeline, encoder, settings.TrainingImages, start: (long)stage * settings.TrainingImages);
            int offset = done;
            new Trainer(model, new TrainerOptions
            {
                Seed = (long)settings.Seed + stage,
                Epochs = count,
                LearningRate = rate,
                Loss = Loss.MeanAbsoluteError,
                Metrics = [Metric.EuclideanDistance("pixel error", scale)],
                OnEpoch = e =>
                {
                    history.Add(e with { Epoch = offset + e.Epoch });
                    log.WriteLine($"{name} epoch {offset + e.Epoch + 1}/{settings.Epochs} (learning rate {rate:G2}): training loss {e.TrainingLoss:F4}, " +
                        $"validation loss {e.ValidationLoss:F4}, pixel error {e.Metrics["pixel error"]:F3} ({e.Seconds:F1} s)");
                },
            }).Fit(new DataLoader(training, 32, seed: settings.Seed + (ulong)stage), validation);
            done += count;
        }

        return history;
    }

    /// <summary>Each network's validation set: 1,000 images, or a quarter of a stage's training images if that is fewer.</summary>
    private static int ValidationImages(Settings settings) => Math.Min(1000, settings.TrainingImages / 4);
}
