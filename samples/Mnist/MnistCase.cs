using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using DeepTrack.Fluent;
using DeepTrack.Fluent.IO;
using DeepTrack.Fluent.Torch;
using static TorchSharp.torch;

namespace Mnist;

/// <summary>The case study: data, augmentation, training, evaluation and figures.</summary>
public static class MnistCase
{
    /// <summary>Fractions of the epochs trained at learning rates 10⁻³, 3·10⁻⁴ and 10⁻⁴ (a step schedule; Adam restarts per phase).</summary>
    private static readonly (double Fraction, double LearningRate)[] Phases = [(0.6, 1e-3), (0.25, 3e-4), (0.15, 1e-4)];

    /// <summary>Runs the case study.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="log">Where progress goes.</param>
    /// <returns>The measurements (also written to results.json in the output folder).</returns>
    public static MnistResult Run(Settings settings, TextWriter log)
    {
        set_num_threads(settings.Threads);
        var classes = settings.Subset
            ? MnistData.Load(MnistData.SubsetFolder)
            : MnistData.Load(settings.Data ?? MnistData.Obtain(MnistData.DefaultCache, log));
        var (training, test) = MnistData.Split(classes);
        log.WriteLine($"{training.Length} training and {test.Length} test digits (every fifth digit, in file order, is a test digit).");
        Directory.CreateDirectory(settings.Output);

        var encoder = SampleEncoder.From<(Image<double> Image, int Label)>(s => s.Image).WithClassLabels(10, s => s.Label);
        var pipeline = Augmentation.Of(training).Build(settings.Seed);
        ContactSheet.WritePng(Path.Combine(settings.Output, "augmented.png"), pipeline.Generate(32).Select(s => s.Image).ToArray(), columns: 8,
            new OverlayStyle { Zoom = 3 });
        var validation = new SampleSet(test.Select((d, i) => encoder.Encode((d.Image, d.Label), i, out _)).ToArray(), Shape(encoder, test[0]));
        var data = new AugmentedDigits(pipeline, encoder, training.Length, batchSize: 64, settings.Seed);

        // The paper's dense net: five layers of decreasing size (four hidden with ReLU and dropout, then the 10 logits).
        var model = new Mlp(MnistData.Pixels, settings.Hidden, 10, dropout: 0.2, seed: (long)settings.Seed);
        log.WriteLine($"Training a dense net {MnistData.Pixels}→{string.Join("→", settings.Hidden)}→10 ({model.parameters().Sum(p => p.numel())} parameters) " +
            $"for {settings.Epochs} epochs on {get_num_threads()} threads …");
        var clock = Stopwatch.StartNew();
        var history = new TrainingHistory(Loss.CrossEntropy.Name);
        int done = 0;
        for (int phase = 0; phase < Phases.Length; phase++)
        {
            int epochs = phase == Phases.Length - 1 ? settings.Epochs - done : (int)Math.Round(settings.Epochs * Phases[phase].Fraction);
            if (epochs <= 0)
            {
                continue;
            }

            var part = new Trainer(model, new TrainerOptions
            {
                Seed = (long)settings.Seed + phase,
                Epochs = epochs,
                LearningRate = Phases[phase].LearningRate,
                Loss = Loss.CrossEntropy,
                Metrics = [Metric.Accuracy],
                OnEpoch = e => log.WriteLine($"epoch {done + e.Epoch + 1}/{settings.Epochs}: training loss {e.TrainingLoss:F4}, test loss {e.ValidationLoss:F4}, " +
                    $"test accuracy {e.Metrics[Metric.Accuracy.Name]:P2} ({e.Seconds:F1} s)"),
            }).Fit(data.From(done), validation);
            foreach (var record in part.Epochs)
            {
                history.Add(record with { Epoch = done + record.Epoch });
            }

            done += epochs;
        }

        double seconds = clock.Elapsed.TotalSeconds;
        history.SaveCsv(Path.Combine(settings.Output, "history.csv"));
        Plots.Curves(history, Path.Combine(settings.Output, "training.png"));

        var predicted = Inference.Predict(model, test.Select(d => d.Image).ToArray(), batchSize: 250)
            .Select(logits => Array.IndexOf(logits, logits.Max())).ToArray();
        var confusion = Enumerable.Range(0, 10).Select(_ => new int[10]).ToArray();
        for (int i = 0; i < test.Length; i++)
        {
            confusion[test[i].Label][predicted[i]]++;
        }

        var top = (from t in Enumerable.Range(0, 10)
                   from p in Enumerable.Range(0, 10)
                   where t != p && confusion[t][p] > 0
                   orderby confusion[t][p] descending, t, p
                   select new Confusion(t, p, confusion[t][p])).Take(6).ToArray();
        var result = new MnistResult(training.Length, test.Length, done, test.Where((d, i) => predicted[i] == d.Label).Count() / (double)test.Length,
            NearestMean(training, test), confusion, top, seconds);
        Plots.ConfusionMatrix(confusion, Path.Combine(settings.Output, "confusion.png"));
        Plots.Errors(test, predicted, Path.Combine(settings.Output, "errors.png"));
        File.WriteAllText(Path.Combine(settings.Output, "results.json"), JsonSerializer.Serialize(new
        {
            settings = new { settings.Epochs, settings.Hidden, settings.Seed, settings.Subset, settings.Threads, dropout = 0.2, batchSize = 64, phases = Phases.Select(p => new { p.Fraction, p.LearningRate }) },
            augmentation = "translation U(-2, 2) px, rotation U(-12, 12) deg, shear U(-0.25, 0.25) rad, scale U(0.9, 1.1), elastic alpha 34 px sigma 4 px",
            result,
            finalValidationLoss = history.Epochs[^1].ValidationLoss,
            processorCount = Environment.ProcessorCount,
        }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        return result;
    }

    private static SampleShape Shape(SampleEncoder<(Image<double> Image, int Label)> encoder, Digit digit)
    {
        encoder.Encode((digit.Image, digit.Label), 0, out var shape);
        return shape;
    }

    /// <summary>Accuracy of assigning each test digit the class whose mean training image is nearest.</summary>
    private static double NearestMean(IReadOnlyList<Digit> training, IReadOnlyList<Digit> test)
    {
        var means = Enumerable.Range(0, 10).Select(c =>
        {
            var members = training.Where(d => d.Label == c).ToArray();
            var mean = new double[MnistData.Pixels];
            foreach (var d in members)
            {
                var pixels = d.Image.AsReadOnlySpan();
                for (int k = 0; k < mean.Length; k++)
                {
                    mean[k] += pixels[k] / members.Length;
                }
            }

            return mean;
        }).ToArray();
        return test.Count(d =>
        {
            var pixels = d.Image.AsReadOnlySpan().ToArray();
            int best = Enumerable.Range(0, 10).MinBy(c => pixels.Select((v, k) => (v - means[c][k]) * (v - means[c][k])).Sum());
            return best == d.Label;
        }) / (double)test.Count;
    }
}
