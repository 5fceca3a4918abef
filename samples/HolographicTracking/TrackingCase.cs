using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Torch;
using static TorchSharp.torch;

namespace HolographicTracking;

/// <summary>The case study: simulation, training of the U-Net and of the refinement CNN, test by depth, and the tracking movie.</summary>
public static class TrackingCase
{
    /// <summary>Runs the case study.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="log">Where progress goes.</param>
    /// <returns>The measurements (also in results.json).</returns>
    public static TrackingResult Run(Settings settings, TextWriter log)
    {
        set_num_threads(settings.Threads);
        Directory.CreateDirectory(settings.Output);
        var bins = Hologram.Bins(settings.Bins);
        var particle = Hologram.Particle(settings.Size);
        var count = Distribution.UniformInt(1, settings.MaxParticles + 1);
        var pipeline = Hologram.WithLabel(particle, count, settings.Size, settings.Bins).Build(settings.Seed);
        var encoder = SampleEncoder.From<(Image<double> Image, Image<double> Volume)>(s => Hologram.Input(s.Image)).WithImageLabels(s => s.Volume);
        var clock = Stopwatch.StartNew();
        ITrainingData training = settings.Stream
            ? new StreamingLoader<IReadOnlyList<SampleObject>, (Image<double> Image, Image<double> Volume)>(pipeline, encoder, settings.TrainingImages, settings.BatchSize, seed: settings.Seed)
            : new DataLoader(SampleSet.Generate(pipeline, encoder, settings.TrainingImages), settings.BatchSize, seed: settings.Seed);
        var validation = SampleSet.Generate(pipeline, encoder, Math.Max(16, settings.TrainingImages / 8), start: 1_000_000_000);
        log.WriteLine($"{(settings.Stream ? "Streaming" : "Simulated")} {settings.TrainingImages} training and simulated {validation.Count} validation holograms of " +
            $"{settings.Size}×{settings.Size} with {bins.Count}-plane volume labels ({bins}, px) in {clock.Elapsed.TotalSeconds:F1} s.");

        var model = new UNet(1, settings.Channels, bins.Count, seed: (long)settings.Seed);
        log.WriteLine($"Training a U-Net (channels {string.Join(", ", settings.Channels)}; {model.parameters().Sum(p => p.numel())} parameters) for {settings.Epochs} epochs, " +
            $"the first {settings.WeightedEpochs} with weight 10 on particle voxels, on {get_num_threads()} threads …");
        var history = new Trainer(model, new TrainerOptions
        {
            Seed = (long)settings.Seed,
            Epochs = settings.Epochs,
            LearningRate = 1e-3,
            Loss = Loss.WeightedBinaryCrossEntropy(10, settings.WeightedEpochs),
            ValidationBatchSize = 16,
            ResumePath = settings.Resume ? Path.Combine(settings.Output, "unet.state") : null,
            OnEpoch = e => log.WriteLine($"epoch {e.Epoch + 1}/{settings.Epochs}: training loss {e.TrainingLoss:F5}, validation loss {e.ValidationLoss:F5} ({e.Seconds:F1} s)"),
        }).Fit(training, validation);
        double trainingSeconds = history.TotalSeconds; // with --resume, the earlier processes' epochs too
        history.SaveCsv(Path.Combine(settings.Output, "history.csv"));
        history.SavePlot(Path.Combine(settings.Output, "loss.png"));

        var (refinement, refinementHistory, crops, refinementSeconds) = Refinement.Train(settings, particle, count, log);
        refinementHistory.SaveCsv(Path.Combine(settings.Output, "refinement_history.csv"));
        refinementHistory.SavePlot(Path.Combine(settings.Output, "refinement_loss.png"));

        // Test holograms never trained on (another seed).
        var test = Hologram.WithLabel(particle, count, settings.Size, settings.Bins).Build(settings.Seed + 1).Generate(settings.TestImages);
        var truth = test.Select(s => Hologram.Truth(s.Image, particle)).ToArray();
        var images = test.Select(s => s.Image).ToArray();
        var detected = Detector.Detect(model, images, bins);
        var refined = Refinement.Refine(refinement, images, detected);
        var (matched, detections, particles) = Scoring.Match(detected, refined, truth);
        var depths = Scoring.ByDepth(matched, truth.SelectMany(t => t));
        var core = matched.Where(m => m.TrueZ >= 4 && m.TrueZ <= 28).ToArray();
        double middle = (Hologram.MinimumZ + Hologram.MaximumZ) / 2;
        var tracks = Movie.Run(model, refinement, settings, bins);
        var result = new TrackingResult(
            detections == 0 ? 1 : (double)matched.Count / detections,
            (double)matched.Count / particles,
            Scoring.Median(core.Select(m => m.LateralError)),
            Scoring.Median(core.Select(m => m.UnrefinedLateralError)),
            Scoring.Median(core.Select(m => Math.Abs(m.AxialError))),
            Scoring.Median(core.Select(m => Math.Abs(m.UnrefinedAxialError))),
            Scoring.Median(matched.Select(m => Math.Abs(m.AxialError))),
            Scoring.Median(truth.SelectMany(t => t).Select(p => Math.Abs(p.Z - middle))),
            [Mean(matched.Where(m => m.TrueZ < 4).Select(m => m.AxialError)), Mean(matched.Where(m => m.TrueZ > 28).Select(m => m.AxialError))],
            depths, tracks, trainingSeconds, refinementSeconds);

        Plots.ErrorsByDepth(depths, Path.Combine(settings.Output, "errors_vs_z.png"));
        Plots.DepthScatter(matched, Path.Combine(settings.Output, "z_predicted_vs_true.png"));
        Plots.Tracks(tracks, Path.Combine(settings.Output, "tracks.png"));
        Plots.Example(test[0].Image, Detector.Volumes(model, [test[0].Image])[0], test[0].Volume, Path.Combine(settings.Output, "example.png"));
        File.WriteAllText(Path.Combine(settings.Output, "results.json"), JsonSerializer.Serialize(new
        {
            settings,
            validationImages = validation.Count,
            volumeBins = new { bins.Count, minimumUm = Hologram.ToMicrometers(bins.Minimum), maximumUm = Hologram.ToMicrometers(bins.Maximum), widthUm = Hologram.ToMicrometers(bins.Width) },
            optics = new { na = 0.6, wavelengthNm = 532, pixelUm = Hologram.PixelMicrometers, mediumIndex = Hologram.MediumIndex, particleIndex = Hologram.PolystyreneIndex, radiiNm = new[] { 150, 230 },
                coma = "horizontal and vertical, each U(-0.4, 0.4)", noise = "Gaussian, sigma U(0.002, 0.005) of the incident intensity" },
            matchRadiusPx = Hologram.MatchRadius,
            testParticles = particles,
            testDetections = detections,
            refinement = new { window = Refinement.Window, blocks = Refinement.Blocks, dense = Refinement.Dense, maximumOffsetPx = Refinement.MaximumOffset, cropsPerParticle = Refinement.CropsPerParticle,
                trainingCrops = crops, depthCentreUm = Refinement.DepthCentre, depthScaleUm = Refinement.DepthScale,
                finalValidationPixelError = refinementHistory.Epochs[^1].Metrics[Refinement.LateralError.Name], finalValidationDepthErrorUm = refinementHistory.Epochs[^1].Metrics[Refinement.AxialError.Name],
                validationDepthOffsetUm = refinement.DepthOffset },
            finalValidationLoss = history.Epochs[^1].ValidationLoss,
            processorCount = Environment.ProcessorCount,
            result,
            matched,
        }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals }));
        return result;
    }

    private static double Mean(System.Collections.Generic.IEnumerable<double> values)
    {
        var list = values.ToArray();
        return list.Length == 0 ? double.NaN : list.Average();
    }
}
