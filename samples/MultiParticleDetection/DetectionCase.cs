using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Torch;
using static TorchSharp.torch;

namespace MultiParticleDetection;

/// <summary>The case study: simulation, training, detection and comparison.</summary>
public static class DetectionCase
{
    /// <summary>The SNR levels tested.</summary>
    public static readonly double[] SnrLevels = [2, 3, 5, 10, 20];

    /// <summary>The densities tested (emitters per 128×128 image of 12.8 µm × 12.8 µm).</summary>
    public static readonly int[] Densities = [10, 30, 60];

    /// <summary>Runs the case study.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="log">Where progress goes.</param>
    /// <returns>The measurements (also in results.json).</returns>
    public static DetectionResult Run(Settings settings, TextWriter log)
    {
        set_num_threads(settings.Threads);
        Directory.CreateDirectory(settings.Output);
        // Training: 64×64 fields of view with 1–18 emitters (the test densities' range per area), each of SNR log-uniform in [1.5, 30].
        var emitter = Scene.Emitter(Distribution.From(r => Math.Exp(r.NextDouble(Math.Log(1.5), Math.Log(30)))), Scene.TrainingSize);
        var scene = Scene.Of(emitter, Distribution.UniformInt(1, 19), settings.Label, Scene.TrainingSize);
        var pipeline = scene.Build(settings.Seed);
        var encoder = SampleEncoder.From<(Image<double> Image, Image<double> Mask)>(s => Scene.Standardise(s.Image)).WithImageLabels(s => s.Mask);
        var clock = Stopwatch.StartNew();
        int validationCount = Math.Max(16, settings.TrainingImages / 8);
        var validation = SampleSet.Generate(pipeline, encoder, validationCount, start: 1_000_000_000);
        // Either one fixed set of training images for every epoch (the paper's setting), or new ones for every epoch,
        // generated in the background while the model trains.
        using var fresh = settings.FreshImages
            ? new ContinuousGenerator<IReadOnlyList<DeepTrack.Fluent.Physics.SampleObject>, (Image<double> Image, Image<double> Mask)>(pipeline, encoder, new ContinuousGeneratorOptions
            {
                MinSize = settings.TrainingImages,
                MaxSize = settings.TrainingImages,
                NewSamplesPerEpoch = settings.TrainingImages,
                MaxEpochsPerSample = 1,
                BatchSize = settings.BatchSize,
                Seed = settings.Seed,
            })
            : null;
        ITrainingData training = fresh is null ? new DataLoader(SampleSet.Generate(pipeline, encoder, settings.TrainingImages), settings.BatchSize, seed: settings.Seed) : fresh;
        log.WriteLine(fresh is null
            ? $"Simulated {settings.TrainingImages} training and {validation.Count} validation images of {Scene.TrainingSize}×{Scene.TrainingSize} in {clock.Elapsed.TotalSeconds:F1} s."
            : $"Simulated {validation.Count} validation images of {Scene.TrainingSize}×{Scene.TrainingSize} in {clock.Elapsed.TotalSeconds:F1} s; {settings.TrainingImages} new training images for every epoch are generated while the model trains.");

        var model = new UNet(1, settings.Channels, 1, seed: (long)settings.Seed);
        log.WriteLine($"Training a U-Net (channels {string.Join(", ", settings.Channels)}; {model.parameters().Sum(p => p.numel())} parameters) on {settings.Label.ToString().ToLowerInvariant()} for {settings.Epochs} epochs, " +
            $"the first {settings.WeightedEpochs} with weight 10 on particle pixels, on {get_num_threads()} threads …");
        var history = new Trainer(model, new TrainerOptions
        {
            Seed = (long)settings.Seed,
            Epochs = settings.Epochs,
            LearningRate = 1e-3,
            Loss = Loss.WeightedBinaryCrossEntropy(10, settings.WeightedEpochs),
            // The weights of the epoch of the lowest validation loss are kept: at the paper's scale (2,000 fixed images,
            // 110 epochs) the U-Net overfits them after about 20 epochs.
            RestoreBest = true,
            ResumePath = settings.Resume ? Path.Combine(settings.Output, "training.state") : null,
            OnEpoch = e => log.WriteLine($"epoch {e.Epoch + 1}/{settings.Epochs}: training loss {e.TrainingLoss:F4}, validation loss {e.ValidationLoss:F4} ({e.Seconds:F1} s)"),
        }).Fit(training, validation);
        double trainingSeconds = history.TotalSeconds; // with --resume, the earlier processes' epochs too
        log.WriteLine($"Kept the weights of epoch {history.BestEpoch + 1} (validation loss {history.Epochs[history.BestEpoch].ValidationLoss:F4}).");
        history.SaveCsv(Path.Combine(settings.Output, "history.csv"));
        history.SavePlot(Path.Combine(settings.Output, "loss.png"));

        // Both detectors' thresholds are chosen on the same calibration images of the training distribution, by the same rule.
        var calibration = pipeline.Generate(Calibration.Images, start: 2_000_000_000).Select(s => (s.Image, Scene.Truth(s.Image, emitter))).ToArray();
        var classicalThreshold = ClassicalDetector.Tune(calibration, settings.Seed + 3);
        var classical = new ClassicalDetector(classicalThreshold.Threshold);
        var unetThreshold = TuneThreshold(model, calibration, settings.Detection, settings.Seed + 4);
        double threshold = unetThreshold.Threshold;
        log.WriteLine($"Thresholds on {calibration.Length} calibration images: U-Net logit {threshold:0.0#} (probability {1 / (1 + Math.Exp(-threshold)):F2}; {settings.Detection.ToString().ToLowerInvariant()}; " +
            $"F1 {unetThreshold.F1:F3}, largest {unetThreshold.BestF1:F3} ± {unetThreshold.StandardError:F3} at {unetThreshold.BestThreshold:0.0#}), " +
            $"band-pass {classical.K:0.0#} noise standard deviations (F1 {classicalThreshold.F1:F3}, largest {classicalThreshold.BestF1:F3} ± {classicalThreshold.StandardError:F3} at {classicalThreshold.BestThreshold:0.0#}).");

        var conditions = new List<ConditionResult>();
        foreach (int particles in Densities)
        {
            foreach (double snr in SnrLevels)
            {
                var level = Scene.Emitter(Distribution.From(_ => snr));
                var images = Scene.Of(level, Distribution.UniformInt(particles, particles + 1), settings.Label).Build(settings.Seed + 1).Generate(settings.TestImages);
                var truth = images.Select(s => Scene.Truth(s.Image, level)).ToArray();
                var found = UNetDetections(model, images.Select(s => s.Image).ToArray(), threshold, settings.Detection);
                conditions.Add(new ConditionResult(snr, particles, images.Length,
                    Metric.Detection(found.Zip(truth), Scene.Radius),
                    Metric.Detection(images.Select((s, i) => (classical.Detect(s.Image), truth[i])), Scene.Radius)));
            }
        }

        var result = new DetectionResult(conditions, unetThreshold, classicalThreshold,
            conditions.Aggregate(DetectionScore.Empty, (a, c) => a + c.UNet).F1,
            conditions.Aggregate(DetectionScore.Empty, (a, c) => a + c.Classical).F1, trainingSeconds);
        Plots.F1VersusSnr(conditions, Path.Combine(settings.Output, "f1_vs_snr.png"));
        var examples = SnrLevels.Select(snr =>
        {
            var level = Scene.Emitter(Distribution.From(_ => snr));
            var image = Scene.Of(level, Distribution.UniformInt(30, 31), settings.Label).Build(settings.Seed + 2).Sample(0).Image;
            return (image, Scene.Truth(image, level), UNetDetections(model, [image], threshold, settings.Detection)[0], classical.Detect(image));
        }).ToArray();
        Plots.Examples(examples, SnrLevels, Path.Combine(settings.Output, "examples.png"));
        File.WriteAllText(Path.Combine(settings.Output, "results.json"), JsonSerializer.Serialize(new
        {
            settings,
            validationImages = validation.Count,
            backgroundPhotons = Scene.BackgroundPhotons,
            matchingRadius = Scene.Radius,
            processorCount = Environment.ProcessorCount,
            finalValidationLoss = history.Epochs[^1].ValidationLoss,
            keptEpoch = history.BestEpoch + 1,
            keptValidationLoss = history.Epochs[history.BestEpoch].ValidationLoss,
            result,
        }, new JsonSerializerOptions { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) }, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals }));
        return result;
    }

    /// <summary>The U-Net's detections in raw images.</summary>
    /// <param name="model">The trained U-Net.</param>
    /// <param name="images">Raw images.</param>
    /// <param name="threshold">The logit threshold (0: probability ½).</param>
    /// <param name="method">How a logit map becomes detections.</param>
    /// <returns>The detections of each image.</returns>
    public static IReadOnlyList<PixelPosition>[] UNetDetections(nn.Module<Tensor, Tensor> model, IReadOnlyList<Image<double>> images, double threshold, DetectionMethod method)
        => Inference.PredictImages(model, images.Select(Scene.Standardise).ToArray()).Select(map => Find(map, threshold, method)).ToArray();

    /// <summary>The detections in one logit map.</summary>
    /// <param name="map">The U-Net's logits for one image.</param>
    /// <param name="threshold">The logit threshold.</param>
    /// <param name="method">Local maxima, or connected components.</param>
    /// <returns>The positions found, in pixels.</returns>
    public static IReadOnlyList<PixelPosition> Find(Image<double> map, double threshold, DetectionMethod method) => method switch
    {
        DetectionMethod.Peaks => [.. ModelDetections.FromDensity([map], threshold, radius: 1, SubpixelMethod.Quadratic).Select(d => d.ToPixelPosition())],
        DetectionMethod.Components => [.. Segmentation.Detect(map, threshold, minimumArea: 2).Select(d => d.Position)],
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "There is no such detection method."),
    };

    /// <summary>The logit threshold (from −2 to 8 in steps of 0.1) that <see cref="Calibration.Choose"/> takes on calibration images.</summary>
    private static CalibratedThreshold TuneThreshold(nn.Module<Tensor, Tensor> model, IReadOnlyList<(Image<double> Image, IReadOnlyList<PixelPosition> Truth)> images, DetectionMethod method, ulong seed)
    {
        var maps = Inference.PredictImages(model, images.Select(i => Scene.Standardise(i.Image)).ToArray());
        return Calibration.Choose(
            Enumerable.Range(-20, 101).Select(k => k / 10.0).ToArray(),
            t => maps.Select((map, i) => Metric.Detection(Find(map, t, method), images[i].Truth, Scene.Radius)).ToArray(),
            seed);
    }
}
