using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Analysis;
using DeepTrack.Fluent.Torch;
using ParticleLocalization;
using static TorchSharp.torch;

// The DeepTrack 2.0 paper's single-particle localisation (§IV.2, Fig. 8C): a CNN trained only on simulated
// brightfield-like images of one particle, compared with the radial-center algorithm on the same test images.
return SampleHost.Run<Settings>(args, settings =>
{
    var particle = new BrightfieldParticle()
        .WithPosition(Distribution.UniformPosition(10, 40, 10, 40))
        .WithRadius(Distribution.Uniform(2, 4))
        .WithContrast(Distribution.From(r => (r.NextDouble() < 0.5 ? -1 : 1) * r.NextDouble(0.1, 0.5)))
        .WithBackground(Distribution.Uniform(0.5, 1.5))
        .WithGradient(Distribution.Uniform(0, 0.2))
        .WithGradientAngle(Distribution.Uniform(0, 2 * Math.PI))
        .WithSignalToNoise(Distribution.From(r => Math.Exp(r.NextDouble(Math.Log(1.5), Math.Log(150)))));

    string output = Path.Combine(Environment.CurrentDirectory, "output", "particle-localization");
    Directory.CreateDirectory(output);

    // Training and validation sets: disjoint sample ranges of one seeded pipeline, generated on all cores.
    var clock = Stopwatch.StartNew();
    var pipeline = particle.Build(settings.Seed);
    var training = SampleSet.Generate(pipeline, Localization.Encoder(particle), settings.TrainingImages);
    var validation = SampleSet.Generate(pipeline, Localization.Encoder(particle), 1000, start: 1_000_000_000);
    double generationSeconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"Simulated {training.Count} training and {validation.Count} validation images of 51×51 in {generationSeconds:F1} s.");

    // The paper's network: three convolution blocks with pooling (51 → 25 → 12 → 6, 64 channels), three dense layers → (x, y).
    var model = new Cnn(1, 51, 51, [16, 32, 64], [32, 32], 2, seed: (long)settings.Seed);
    var trainer = new Trainer(model, new TrainerOptions
    {
        Seed = (long)settings.Seed,
        Epochs = settings.Epochs,
        LearningRate = 1e-3,
        Loss = Loss.MeanAbsoluteError,
        Metrics = [Metric.EuclideanDistance("pixel error", Localization.Scale)],
        ConsoleProgress = true,
        RestoreBest = true,
    });
    Console.WriteLine($"Training a CNN ({model.parameters().Sum(p => p.numel())} parameters) for {settings.Epochs} epochs on {get_num_threads()} threads …");
    var history = trainer.Fit(new DataLoader(training, 32, seed: settings.Seed), validation);
    Console.WriteLine($"Trained in {history.TotalSeconds:F0} s.");
    history.SaveCsv(Path.Combine(output, "history.csv"));
    history.SavePlot(Path.Combine(output, "loss.png"));

    // Test: the same 1,000 particles (positions, sizes, contrasts, backgrounds and noise draws) at each SNR level.
    double[] levels = [2, 3, 5, 10, 20, 50, 100];
    var rows = levels.Select(level => Localization.Evaluate(model, particle.WithSignalToNoise(level), settings.Seed + 1, 1000)).ToArray();
    Console.WriteLine();
    Console.WriteLine("SNR    CNN error (px)   radial center error (px)   radial center not found");
    foreach (var row in rows)
    {
        Console.WriteLine($"{row.SignalToNoise,-6} {row.CnnError,14:F3}   {row.RadialCenterError,24:F3}   {row.RadialCenterNotFound,23}");
    }

    Plots.ErrorVersusSnr(rows, Path.Combine(output, "error_vs_snr.png"));
    Plots.Examples(model, particle, levels, settings.Seed + 1, Path.Combine(output, "examples.png"));
    File.WriteAllText(Path.Combine(output, "results.json"), JsonSerializer.Serialize(new
    {
        trainingImages = training.Count,
        validationImages = validation.Count,
        testImagesPerLevel = 1000,
        epochs = history.Epochs.Count,
        bestEpoch = history.BestEpoch + 1,
        generationSeconds,
        trainingSeconds = history.TotalSeconds,
        processorCount = Environment.ProcessorCount,
        validationPixelError = history.Epochs[history.BestEpoch].Metrics["pixel error"],
        bySnr = rows,
    }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
    Console.WriteLine($"Results, loss curve, error-versus-SNR plot and example images written to {output}");

    bool cnnWinsAtLowSnr = rows[0].CnnError < rows[0].RadialCenterError;
    Console.WriteLine(cnnWinsAtLowSnr
        ? $"At SNR {rows[0].SignalToNoise} the CNN's error is {rows[0].RadialCenterError / rows[0].CnnError:F1}× lower than radial center's."
        : $"At SNR {rows[0].SignalToNoise} the CNN did not beat radial center; train longer (--epochs).");
    return 0;
});
