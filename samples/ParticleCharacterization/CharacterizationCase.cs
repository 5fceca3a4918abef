using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Torch;
using static TorchSharp.torch;

namespace ParticleCharacterization;

/// <summary>The case study: simulation, training, test and the two-population experiment.</summary>
public static class CharacterizationCase
{
    /// <summary>Polystyrene.</summary>
    public const double PolystyreneIndex = 1.59;

    /// <summary>Runs the case study.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="log">Where progress goes.</param>
    /// <returns>The measurements (also in results.json).</returns>
    public static CharacterizationResult Run(Settings settings, TextWriter log)
    {
        set_num_threads(settings.Threads);
        Directory.CreateDirectory(settings.Output);
        var sphere = Field.Sphere(Distribution.Uniform(Field.MinimumRadius, Field.MaximumRadius), Distribution.Uniform(Field.MinimumIndex, Field.MaximumIndex));
        var pipeline = Field.Of(sphere).Build(settings.Seed);
        var encoder = Encoder(sphere);
        var clock = Stopwatch.StartNew();
        var training = SampleSet.Generate(pipeline, encoder, settings.TrainingImages);
        var validation = SampleSet.Generate(pipeline, encoder, Math.Max(50, settings.TrainingImages / 10), start: 1_000_000_000);
        log.WriteLine($"Simulated {training.Count} training and {validation.Count} validation fields (Mie spheres, coma, noise) in {clock.Elapsed.TotalSeconds:F1} s.");

        // §IV.2's CNN with doubled channels: 64 → 32 → 16 → 8 with 32, 64, 128 channels (8×8×128), three dense layers → (r, n).
        var model = new Cnn(2, Field.Size, Field.Size, settings.Channels, settings.Dense, 2, seed: (long)settings.Seed);
        log.WriteLine($"Training a CNN ({model.parameters().Sum(p => p.numel())} parameters) for {settings.Epochs} epochs on {get_num_threads()} threads …");
        clock.Restart();
        var history = new Trainer(model, new TrainerOptions
        {
            Seed = (long)settings.Seed,
            Epochs = settings.Epochs,
            LearningRate = 1e-3,
            Loss = Loss.MeanAbsoluteError,
            RestoreBest = true,
            OnEpoch = e => log.WriteLine($"epoch {e.Epoch + 1}/{settings.Epochs}: training loss {e.TrainingLoss:F4}, validation loss {e.ValidationLoss:F4} ({e.Seconds:F1} s)"),
        }).Fit(new DataLoader(training, 32, seed: settings.Seed), validation);
        double trainingSeconds = clock.Elapsed.TotalSeconds;
        history.SaveCsv(Path.Combine(settings.Output, "history.csv"));
        history.SavePlot(Path.Combine(settings.Output, "loss.png"));

        // Test: fields never trained on (another seed).
        var test = Field.Of(sphere).Build(settings.Seed + 1).Generate(settings.TestImages);
        var truth = test.Select(f => Field.Truth(f, sphere)).ToArray();
        var predicted = Predict(model, test);
        double radiusMae = truth.Zip(predicted).Average(p => Math.Abs(p.First.Radius - p.Second.Radius));
        double indexMae = truth.Zip(predicted).Average(p => Math.Abs(p.First.Index - p.Second.Index));
        double radiusBaseline = truth.Average(t => Math.Abs(t.Radius - 200));
        double indexBaseline = truth.Average(t => Math.Abs(t.Index - 1.55));

        // The paper's experiment, simulated: 150 nm and 230 nm polystyrene spheres in water, each seen several times
        // (new position, coma and noise per observation), characterised by the average of its predictions.
        var populations = new[] { 150.0, 230.0 }.Select((radius, p) =>
        {
            var population = Field.Sphere(Distribution.From(_ => radius), Distribution.From(_ => PolystyreneIndex));
            var fields = Field.Of(population).Build(settings.Seed + 10 + (ulong)p).Generate(settings.Particles * settings.Observations);
            var guesses = Predict(model, fields);
            var averages = Enumerable.Range(0, settings.Particles)
                .Select(k => guesses.Skip(k * settings.Observations).Take(settings.Observations).ToArray())
                .Select(g => new[] { g.Average(x => x.Radius), g.Average(x => x.Index) }).ToArray();
            return new PopulationResult(radius, PolystyreneIndex, averages.Average(a => a[0]), Spread(averages.Select(a => a[0])),
                averages.Average(a => a[1]), Spread(averages.Select(a => a[1])), averages);
        }).ToArray();

        var result = new CharacterizationResult(radiusMae, indexMae, radiusBaseline, indexBaseline, populations, trainingSeconds);
        Plots.Scatter(truth, predicted, settings.Output);
        Plots.Populations(populations, Path.Combine(settings.Output, "populations.png"));
        Plots.Examples(test.Take(4).ToArray(), truth, predicted, Path.Combine(settings.Output, "examples.png"));
        File.WriteAllText(Path.Combine(settings.Output, "results.json"), JsonSerializer.Serialize(new
        {
            settings,
            validationImages = validation.Count,
            optics = new { na = 0.9, wavelengthNm = 633, pixelNm = 100, mediumIndex = Field.MediumIndex, coma = "horizontal and vertical, each U(-0.4, 0.4)", noise = "Gaussian, sigma U(0.005, 0.02) per part" },
            trainingRange = new { radiusNm = new[] { Field.MinimumRadius, Field.MaximumRadius }, index = new[] { Field.MinimumIndex, Field.MaximumIndex } },
            bestEpoch = history.BestEpoch + 1,
            processorCount = Environment.ProcessorCount,
            result,
        }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        return result;
    }

    /// <summary>The encoder: scattered field in, scaled (radius, index) out.</summary>
    /// <param name="sphere">The sphere feature whose properties are the labels.</param>
    /// <returns>The encoder.</returns>
    public static SampleEncoder<Image<double>> Encoder(DeepTrack.Fluent.Physics.Mie.MieSphere sphere)
        => SampleEncoder.From<Image<double>>(Field.Input).WithNumberLabels(2, field =>
        {
            var (radius, index) = Field.Truth(field, sphere);
            return Field.Target(radius, index);
        });

    /// <summary>Radius (nm) and index predicted for each field.</summary>
    /// <param name="model">The trained network.</param>
    /// <param name="fields">Measured fields.</param>
    /// <returns>The predictions.</returns>
    public static (double Radius, double Index)[] Predict(nn.Module<Tensor, Tensor> model, IReadOnlyList<Image<double>> fields)
        => Inference.Predict(model, fields.Select(Field.Input).ToArray(), batchSize: 100).Select(o => Field.FromTarget(o)).ToArray();

    private static double Spread(IEnumerable<double> values)
    {
        var list = values.ToArray();
        double mean = list.Average();
        return list.Length > 1 ? Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / (list.Length - 1)) : 0;
    }
}
