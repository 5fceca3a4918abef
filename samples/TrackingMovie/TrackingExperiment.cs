using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using DeepTrack.Fluent;
using DeepTrack.Fluent.IO;
using DeepTrack.Fluent.Labels;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Torch;
using DeepTrack.Fluent.Tracking;
using static TorchSharp.torch;

namespace TrackingMovie;

/// <summary>
/// From simulation to tracks, as with experimental data: a movie of Brownian particles simulated with the library is
/// written as a TIFF stack; a U-Net learns density maps from simulated frames and is saved as a model bundle; the bundle
/// is applied to the TIFF file, its maps become detections, the detections are linked, and the tracks go to a CSV file
/// and pictures. Every step is scored against the simulation's ground truth.
/// </summary>
public static class TrackingExperiment
{
    /// <summary>The width of the density blobs the detector learns, in pixels.</summary>
    private const double BlobSigma = 1.5;

    /// <summary>Labels are density maps × this, so one blob peaks near 1 (a normalised blob peaks at 1/(2πσ²) ≈ 0.07).</summary>
    private const double LabelScale = 2 * Math.PI * BlobSigma * BlobSigma;

    /// <summary>Detections farther than this from every true particle are false positives.</summary>
    private const double MatchRadius = 3;

    /// <summary>Runs the experiment and writes its files to <paramref name="folder"/>.</summary>
    /// <param name="settings">The sizes.</param>
    /// <param name="folder">Where movie.tif, model/, detections.csv, tracks.csv, overlay.png, contact-sheet.png and results.json go.</param>
    /// <param name="log">Progress lines.</param>
    /// <returns>The scores.</returns>
    public static Results Run(Settings settings, string folder, TextWriter log)
    {
        Directory.CreateDirectory(folder);
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        var optics = new Fluorescence().WithNA(0.8).WithWavelength(680.Nanometers());
        var particle = new PointParticle().WithIntensity(Distribution.Uniform(80, 120));

        // 1. The "experiment": Brownian particles (σ = Step px per axis and frame), imaged with background and shot noise, as a TIFF stack.
        double step = settings.Step;
        var walker = particle.WithPosition(
            Distribution.UniformPosition(0, settings.Size, 0, settings.Size),
            (p, s) => s.Previous.Offset(step * s.Random.NextGaussian(), step * s.Random.NextGaussian()));
        var camera = (walker ^ settings.Particles) >> optics.WithOutputRegion(PixelRegion.Square(settings.Size))
            >> new Background().WithLevel(10) >> new PoissonNoise().WithSnr(settings.Snr).WithBackground(10);
        var movie = camera.AsSequence(settings.Frames).Build(settings.Seed).Resolve();
        var truePositions = movie.Select(frame => frame.Get(walker, w => w.Position)).ToArray();
        string tiff = Path.Combine(folder, "movie.tif");
        TiffFile.Write(tiff, new ImageStack<float>(movie.Select(ToFloat), ImageMetadata.Movie(movie.Count)));
        log.WriteLine($"Simulated {movie.Count} frames of {settings.Size}×{settings.Size} with {settings.Particles} particles → {tiff}");

        // 2. The detector's training data: single frames of the same particles and camera, and their density maps.
        int trainingSize = settings.TrainingSize;
        var still = particle.WithPosition(Distribution.UniformPosition(0, trainingSize, 0, trainingSize));
        double density = (double)settings.Particles / (settings.Size * settings.Size);
        int typical = Math.Max(1, (int)Math.Round(density * trainingSize * trainingSize));
        var scene = still ^ Distribution.UniformInt(Math.Max(1, typical / 2), (2 * typical) + 2);
        var frames = scene >> optics.WithOutputRegion(PixelRegion.Square(trainingSize))
            >> new Background().WithLevel(10) >> new PoissonNoise().WithSnr(Distribution.Uniform(0.7 * settings.Snr, 1.5 * settings.Snr)).WithBackground(10);
        var maps = scene >> new DensityMap().WithOutputRegion(PixelRegion.Square(trainingSize)).WithSigma(BlobSigma);
        var pipeline = (frames & maps).Build(settings.Seed + 1);
        var encoder = SampleEncoder.From<(Image<double>, Image<double>)>(pair => pair.Item1)
            .WithInputNormalization(InputNormalization.Standard())
            .WithImageLabels(pair => pair.Item2 * LabelScale);
        var training = SampleSet.Generate(pipeline, encoder, settings.TrainingImages);
        var validation = SampleSet.Generate(pipeline, encoder, Math.Max(16, settings.TrainingImages / 10), start: 1_000_000_000);
        double simulationSeconds = clock.Elapsed.TotalSeconds;
        log.WriteLine($"Simulated {training.Count} training and {validation.Count} validation frames of {trainingSize}×{trainingSize} ({simulationSeconds:F1} s so far)");

        // 3. Train briefly and save the model with its normalisation.
        clock.Restart();
        manual_seed((long)settings.Seed);
        var model = Model(settings.Seed);
        var loader = new DataLoader(training, 16, seed: settings.Seed);
        var history = new Trainer(model, new TrainerOptions
        {
            Epochs = settings.Epochs,
            LearningRate = 2e-3,
            Loss = Loss.MeanSquaredError,
            Seed = (long)settings.Seed,
            RestoreBest = true,
            OnEpoch = e => log.WriteLine($"  epoch {e.Epoch + 1}: training {e.TrainingLoss:G4}, validation {e.ValidationLoss:G4} ({e.Seconds:F0} s)"),
        }).Fit(loader, validation);
        string bundleFolder = Path.Combine(folder, "model");
        ModelBundle.Save(bundleFolder, model, encoder, loader);
        history.SaveCsv(Path.Combine(folder, "history.csv"));
        double trainingSeconds = clock.Elapsed.TotalSeconds;
        log.WriteLine($"Trained a U-Net for {settings.Epochs} epochs in {trainingSeconds:F0} s → {bundleFolder}");

        // 4. As with real data: the bundle (a fresh model of the same architecture) on the TIFF file, maps to detections.
        clock.Restart();
        var bundle = ModelBundle.Load(bundleFolder, Model(0));
        var source = ImageSource.FromFiles(tiff);
        var outputs = new Predictor(bundle, new PredictorOptions { BatchSize = 8 })
            .PredictImages(source.Count, source.Load, new Progress<int>(done => { }));
        var detections = ModelDetections.FromDensity(outputs, threshold: 0.3, radius: 3);
        CsvTable.Write(Path.Combine(folder, "detections.csv"), detections);
        double applicationSeconds = clock.Elapsed.TotalSeconds;
        log.WriteLine($"Applied the bundle to {source.Count} frames of {tiff}: {detections.Count} detections ({applicationSeconds:F1} s)");

        // 5. Link, and write the tracks and pictures.
        clock.Restart();
        var tracks = new TrajectoryLinker(SearchRange: 5 * step) { Memory = 2, AdaptiveStop = 0.5 }.Link(detections);
        double linkingSeconds = clock.Elapsed.TotalSeconds;
        CsvTable.Write(Path.Combine(folder, "tracks.csv"), tracks);
        var read = TiffFile.ReadStack<double>(tiff);
        Overlay.WritePng(Path.Combine(folder, "overlay.png"), read[read.Count - 1], tracks, read.Count - 1, new OverlayStyle { Zoom = 4 });
        ContactSheet.WritePng(Path.Combine(folder, "contact-sheet.png"), [.. read.Take(Math.Min(read.Count, 16))], tracks, columns: 4, new OverlayStyle { Zoom = 2 });

        // 6. Scores against the truth.
        var results = new Results(
            settings,
            Scoring.Detections(detections, truePositions, settings.Size, MatchRadius, out var matches),
            0,
            0,
            Scoring.Diffusion(tracks, truePositions, settings),
            new StageSeconds(simulationSeconds, trainingSeconds, applicationSeconds, linkingSeconds, total.Elapsed.TotalSeconds, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds),
            Environment.ProcessorCount);
        var links = Scoring.Links(tracks, detections, matches);
        results = results with { LinkAccuracy = links.Accuracy, LinkPrecision = links.Precision };
        File.WriteAllText(Path.Combine(folder, "results.json"), JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return results;
    }

    /// <summary>The detector: a two-level U-Net (fully convolutional, so frames of any even size go through it).</summary>
    private static UNet Model(ulong seed) => new(1, [16, 32], 1, seed: (long)seed);

    private static Image<float> ToFloat(Image<double> frame)
        => Image<float>.FromArray([.. frame.AsReadOnlySpan().ToArray().Select(v => (float)v)], frame.Height, frame.Width);
}
