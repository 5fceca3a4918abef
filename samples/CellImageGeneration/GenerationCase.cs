using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Torch;
using DeepTrack.Fluent.Tissue;
using static TorchSharp.torch;

namespace CellImageGeneration;

/// <summary>The case study: simulation, adversarial training, and scores of the generator on unseen masks.</summary>
public static class GenerationCase
{
    /// <summary>The first sample index of the test masks: far from every training sample.</summary>
    public const long TestStart = 1_000_000_000;

    /// <summary>Histogram bins over [−1, 1].</summary>
    public const int Bins = 40;

    /// <summary>Runs the case study.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="log">Where progress goes.</param>
    /// <returns>The measurements (also in results.json).</returns>
    public static GenerationResult Run(Settings settings, TextWriter log)
    {
        set_num_threads(settings.Threads);
        Directory.CreateDirectory(settings.Output);
        var pipeline = Scene.Of(settings.Size).Build(settings.Seed);
        var encoder = SampleEncoder.From<(Image<double> Condition, Image<double> Image, Image<double> Mask)>(s => s.Condition).WithImageLabels(s => s.Image);
        var test = pipeline.Generate(settings.TestImages, start: TestStart);
        var testSet = SampleSet.Generate(pipeline, encoder, settings.TestImages, start: TestStart);

        var generator = new UNetGenerator(TissueClass.Count, 1, settings.GeneratorChannels, residualBlocks: 2, finalChannels: settings.FinalChannels, seed: (long)settings.Seed);
        var discriminator = new PatchDiscriminator(TissueClass.Count + 1, settings.DiscriminatorChannels, seed: (long)settings.Seed + 1);
        // The paper's optimiser and losses: Adam (2·10⁻⁴, β₁ 0.5), l_G = 0.8·MAE + (1 − D(G(c)))², l_D = D(G(c))² + (1 − D(y))².
        using var gan = new ConditionalGan(generator, discriminator, learningRate: 2e-4, beta1: 0.5, maeWeight: 0.8);
        double untrainedL1 = MeanAbsoluteError(Generate(gan, testSet), testSet);
        log.WriteLine($"Generator: channels {string.Join(", ", settings.GeneratorChannels)} (two residual blocks at the bottom), final blocks of {settings.FinalChannels}; " +
            $"{generator.parameters().Sum(p => p.numel())} parameters. Discriminator: channels {string.Join(", ", settings.DiscriminatorChannels)}; " +
            $"{discriminator.parameters().Sum(p => p.numel())} parameters. {settings.Size}×{settings.Size} images, {get_num_threads()} libtorch threads.");

        int perEpoch = settings.BatchesPerEpoch * settings.BatchSize;
        var epochs = new List<EpochLosses>();
        var progress = Path.Combine(settings.Output, "gan-epochs.json");
        var state = Path.Combine(settings.Output, "gan.state");
        double earlierSeconds = settings.Resume ? Resume(gan, state, progress, settings, epochs, log) : 0;
        var clock = Stopwatch.StartNew();
        for (int epoch = epochs.Count; epoch < settings.Epochs; epoch++)
        {
            // Every epoch trains on newly simulated samples: 16 mini-batches of 7 in the paper.
            var set = SampleSet.Generate(pipeline, encoder, perEpoch, start: (long)epoch * perEpoch);
            var steps = new List<GanLosses>();
            foreach (var batch in new DataLoader(set, settings.BatchSize, seed: settings.Seed).Epoch(epoch))
            {
                using (batch)
                {
                    steps.Add(gan.TrainStep(batch.Inputs, batch.Labels));
                }
            }

            var losses = new EpochLosses(epoch + 1, steps.Average(s => s.Generator), steps.Average(s => s.Discriminator), steps.Average(s => s.MeanAbsoluteError));
            epochs.Add(losses);
            if (epoch == 0 || (epoch + 1) % Math.Max(1, settings.Epochs / 20) == 0 || epoch == settings.Epochs - 1)
            {
                log.WriteLine($"epoch {epoch + 1}/{settings.Epochs}: l_G {losses.Generator:F4}, l_D {losses.Discriminator:F4}, MAE {losses.MeanAbsoluteError:F4} ({earlierSeconds + clock.Elapsed.TotalSeconds:F0} s)");
            }

            if (settings.Resume)
            {
                // The losses first: after a kill between the two writes, the state is one epoch behind them and wins.
                File.WriteAllText(progress + ".partial", JsonSerializer.Serialize(new ResumeProgress(earlierSeconds + clock.Elapsed.TotalSeconds, epochs)));
                File.Move(progress + ".partial", progress, overwrite: true);
                gan.SaveState(state);
            }
        }

        double trainingSeconds = earlierSeconds + clock.Elapsed.TotalSeconds;
        var generated = Generate(gan, testSet);
        var rendered = Enumerable.Range(0, testSet.Count).Select(i => testSet[i].Label).ToArray();
        var masks = test.Select(s => s.Mask.AsReadOnlySpan().ToArray()).ToArray();
        var classes = Enumerable.Range(0, TissueClass.Count).Select(c => ClassScore.Of(c, generated, rendered, masks, Bins)).ToArray();
        // Another rendering of each test mask (new texture, cristae phases and noise): the L1 of a generator that draws
        // images exactly as the rendering does. A generator that predicts each pixel's median scores lower.
        var again = test.Select((s, i) => Scene.Rendering().Apply(s.Mask, seed: settings.Seed + 1 + (ulong)i).AsReadOnlySpan().ToArray().Select(v => (float)v).ToArray()).ToArray();
        var result = new GenerationResult(
            MeanAbsoluteError(generated, testSet),
            MeanAbsoluteError(again, testSet),
            untrainedL1,
            ConstantL1(rendered),
            ClassMedianL1(rendered, masks),
            classes,
            epochs,
            GeneratorTrend.Of(epochs),
            trainingSeconds);

        Plots.Triples(test.Take(6).Select((s, i) => (s.Mask, generated[i], rendered[i])).ToArray(), settings.Size, Path.Combine(settings.Output, "triples.png"));
        Plots.Losses(epochs, Path.Combine(settings.Output, "losses.png"));
        Plots.Histograms(classes, Path.Combine(settings.Output, "histograms.png"));
        File.WriteAllText(Path.Combine(settings.Output, "results.json"), JsonSerializer.Serialize(new
        {
            settings,
            testStart = TestStart,
            processorCount = Environment.ProcessorCount,
            loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
            result,
        }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals }));
        return result;
    }

    /// <summary>The generator's images of a set's conditions, one float array per sample.</summary>
    private static float[][] Generate(ConditionalGan gan, SampleSet set)
    {
        var images = new List<float[]>();
        foreach (var batch in set.Batches(8))
        {
            using (batch)
            {
                using var scope = NewDisposeScope();
                var output = gan.Generate(batch.Inputs);
                long length = output.shape.Skip(1).Aggregate(1L, (a, b) => a * b);
                var values = output.data<float>().ToArray();
                for (int i = 0; i < batch.Count; i++)
                {
                    images.Add(values.AsSpan((int)(i * length), (int)length).ToArray());
                }
            }
        }

        return [.. images];
    }

    /// <summary>Mean |generated − rendered| over every pixel of the set.</summary>
    private static double MeanAbsoluteError(float[][] generated, SampleSet set)
        => Enumerable.Range(0, set.Count).Average(i => generated[i].Zip(set[i].Label, (g, r) => Math.Abs(g - (double)r)).Average());

    /// <summary>The L1 error of the best constant image (the median of the rendered pixels).</summary>
    private static double ConstantL1(float[][] rendered)
    {
        var all = rendered.SelectMany(r => r).Select(v => (double)v).Order().ToArray();
        double median = all[all.Length / 2];
        return all.Average(v => Math.Abs(v - median));
    }

    /// <summary>The L1 error of painting each pixel with the median rendered intensity of its class (a deterministic image of the mask).</summary>
    private static double ClassMedianL1(float[][] rendered, double[][] masks)
    {
        var medians = Enumerable.Range(0, TissueClass.Count).Select(c =>
        {
            var values = rendered.SelectMany((r, i) => r.Where((_, j) => masks[i][j] == c)).Select(v => (double)v).Order().ToArray();
            return values.Length == 0 ? 0 : values[values.Length / 2];
        }).ToArray();
        return rendered.Select((r, i) => r.Select((v, j) => Math.Abs(v - medians[(int)masks[i][j]])).Average()).Average();
    }

    /// <summary>Loads the state of an earlier run of these settings, if there is one, with its epochs' losses.</summary>
    /// <returns>The seconds the earlier run trained.</returns>
    private static double Resume(ConditionalGan gan, string state, string progress, Settings settings, List<EpochLosses> epochs, TextWriter log)
    {
        if (!File.Exists(state))
        {
            return 0;
        }

        gan.LoadState(state);
        int done = checked((int)(gan.Steps / settings.BatchesPerEpoch));
        var earlier = JsonSerializer.Deserialize<ResumeProgress>(File.ReadAllText(progress))
            ?? throw new InvalidDataException($"'{progress}' holds no epochs.");
        if (earlier.Epochs.Count < done || done > settings.Epochs)
        {
            throw new InvalidDataException($"'{state}' holds {done} epochs, but '{progress}' {earlier.Epochs.Count} and --epochs is {settings.Epochs}: delete both to start afresh.");
        }

        epochs.AddRange(earlier.Epochs.Take(done));
        log.WriteLine($"Resumed after epoch {done} from {state} ({earlier.Seconds:F0} s of training before).");
        return earlier.Seconds;
    }

    /// <summary>What --resume keeps beside the GAN's state: the training seconds and the losses of the epochs so far.</summary>
    /// <param name="Seconds">Training seconds so far.</param>
    /// <param name="Epochs">The epochs' losses.</param>
    private sealed record ResumeProgress(double Seconds, List<EpochLosses> Epochs);
}
