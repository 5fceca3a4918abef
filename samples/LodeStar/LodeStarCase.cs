using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Analysis;
using DeepTrack.Fluent.Torch;
using ParticleLocalization;
using static TorchSharp.torch;

namespace LodeStarSample;

/// <summary>The case study: LodeSTAR trained on one crop, next to radial center, the centroid, the supervised CNN and the Cramér–Rao bound.</summary>
public static class LodeStarCase
{
    /// <summary>The SNR of the detection study.</summary>
    public const double DetectionSnr = 10;

    /// <summary>
    /// The least mass of a detection, relative to the training crop's emitter: 0.25, as the crop (from a frame of SNR 20
    /// by default) is brighter than the detection study's emitters and dimmer emitters draw less vote weight.
    /// </summary>
    public const double DetectionCutoff = 0.25;

    /// <summary>Detections within this distance of a true emitter count as found (pixels).</summary>
    public const double MatchRadius = 3;

    /// <summary>Test positions over which the Cramér–Rao bound is averaged.</summary>
    private const int BoundPositions = 40;

    /// <summary>Runs the case study and writes results.json and the figures.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="log">Where progress goes.</param>
    /// <returns>The measurements.</returns>
    public static CaseResult Run(Settings settings, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        var total = Stopwatch.StartNew();
        set_num_threads(settings.Threads);
        Directory.CreateDirectory(settings.Output);
        string frames = Path.Combine(settings.Output, "frames");
        Directory.CreateDirectory(frames);

        var (cnn, cnnSeconds) = TrainCnn(settings, log);
        var detectors = new Dictionary<double, LodeStarDetector>();
        var levels = new List<LevelResult>();
        var shared = settings.CropSnr is double cropSnr ? TrainLodeStar(settings, cropSnr, frames, log) : null;
        foreach (double snr in settings.Levels)
        {
            var detector = shared ?? TrainLodeStar(settings, snr, frames, log);
            detectors[snr] = detector;
            var row = Evaluate(settings, snr, detector, cnn);
            levels.Add(row);
            log.WriteLine($"SNR {snr,4}: RMSE LodeSTAR {row.LodeStar:F3} (strongest cluster {row.LodeStarCluster:F3}), radial center {row.RadialCenter:F3}, centroid {row.Centroid:F3}, CNN {row.Cnn:F3}, Cramér–Rao bound {row.CramerRao:F3} px ({row.LodeStarOverBound:F2}× the bound; trained {row.LodeStarTrainingSeconds:F0} s)");
        }

        var detectionModel = shared ?? (detectors.TryGetValue(DetectionSnr, out var known) ? known : TrainLodeStar(settings, DetectionSnr, frames, log));
        var densities = new List<DensityResult>();
        foreach (int particles in settings.Densities)
        {
            var (emitter, frame) = Scene.Frame(DetectionSnr, particles);
            var movie = frame.Build(settings.Seed + 2).Generate(settings.Frames);
            var table = detectionModel.Detect(movie);
            var score = Metric.Detection(movie.Select((image, f) => (
                (IReadOnlyList<PixelPosition>)[.. table.InFrame(f).ToArray().Select(d => d.ToPixelPosition())], Scene.Truth(image, emitter))), MatchRadius);
            densities.Add(new DensityResult(particles, movie.Length, score));
            log.WriteLine($"{particles,3} emitters per frame: precision {score.Precision:F3}, recall {score.Recall:F3}, F1 {score.F1:F3}, RMSE {score.RootMeanSquareError:F3} px");
            if (particles == settings.Densities.Max())
            {
                Plots.Detections(movie[0], Scene.Truth(movie[0], emitter), table.InFrame(0).ToArray().Select(d => d.ToPixelPosition()).ToArray(), Path.Combine(settings.Output, "detections.png"));
            }
        }

        var result = new CaseResult(levels, densities, DetectionSnr, cnnSeconds, total.Elapsed.TotalSeconds, LoadAverage());
        Plots.ErrorVersusSnr(levels, Path.Combine(settings.Output, "error_vs_snr.png"));
        Plots.F1VersusDensity(densities, Path.Combine(settings.Output, "f1_vs_density.png"));
        File.WriteAllText(Path.Combine(settings.Output, "results.json"), JsonSerializer.Serialize(new
        {
            settings = new { settings.Levels, settings.Steps, settings.TestImages, settings.CnnImages, settings.CnnEpochs, settings.Densities, settings.Frames, settings.Before, settings.After, settings.CropSnr, Noise = new[] { settings.Noise.Low, settings.Noise.High }, Contrast = new[] { settings.Contrast.Low, settings.Contrast.High }, settings.Seed, settings.Threads },
            result.Levels,
            Densities = result.Densities.Select(d => new { d.Particles, d.Frames, d.Precision, d.Recall, d.F1, d.RootMeanSquareError, d.Score.TruePositives, d.Score.FalsePositives, d.Score.FalseNegatives }),
            result.DetectionSnr,
            result.CnnTrainingSeconds,
            result.TotalSeconds,
            result.LoadAverage,
            Environment.ProcessorCount,
        }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        return result;
    }

    /// <summary>LodeSTAR trained on the crop of one frame at <paramref name="snr"/>, saved to and read from a TIFF file.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="snr">The SNR of the frame.</param>
    /// <param name="folder">Where the frame's file goes.</param>
    /// <param name="log">Where progress goes.</param>
    /// <returns>The detector.</returns>
    public static LodeStarDetector TrainLodeStar(Settings settings, double snr, string folder, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var (crop, file) = Scene.CropFromFile(snr, settings.Seed + 3, folder);
        var model = new LodeStar(1, settings.Before, settings.After, seed: (long)settings.Seed);
        var trained = new LodeStarTrainer(model, new LodeStarOptions { Steps = settings.Steps, MaxTranslation = 4, Noise = settings.Noise.Low, MaxNoise = settings.Noise.High, Contrast = settings.Contrast, Seed = settings.Seed }).Fit(crop);
        var detector = new LodeStarDetector(model, trained.InputMean, trained.InputScale, trained.ReferenceMass, trained.TrainingLosses, trained.TrainingSeconds) { Cutoff = DetectionCutoff, AverageOrientations = settings.Orientations == 8 };
        log.WriteLine($"SNR {snr,4}: LodeSTAR trained on one {crop.Height}×{crop.Width} crop of {Path.GetFileName(file)} for {settings.Steps} steps (shifts up to ±4 px, rotations, flips, fresh noise) in {detector.TrainingSeconds:F1} s (loss {detector.TrainingLosses[0]:F3} → {detector.TrainingLosses.Skip(detector.TrainingLosses.Count * 9 / 10).Average():F3}).");
        return detector;
    }

    /// <summary>Every method on the same test images of one SNR.</summary>
    private static LevelResult Evaluate(Settings settings, double snr, LodeStarDetector detector, nn.Module<Tensor, Tensor> cnn)
    {
        var emitter = Scene.Emitter(snr);
        var pipeline = Scene.Single(emitter);
        var images = pipeline.Build(settings.Seed + 1).Generate(settings.TestImages);
        var truth = images.Select(i => Scene.Truth(i, emitter).Single()).ToArray();
        var lodeStar = images.Select(detector.Locate).ToArray();
        var cluster = images.Select(i => detector.Locate(i, LodeStarLocalization.StrongestCluster)).ToArray();
        var radial = images.Select(i => RadialCenter.Locate(i.AsReadOnlySpan(), i.Height, i.Width)).ToArray();
        var centroid = images.Select(i => Centroid.Locate(i.AsReadOnlySpan(), i.Height, i.Width)).ToArray();
        var supervised = Localization.Predict(cnn, Localization.Encode(images, Localization.Labelled(emitter, Centre, Centre)), Centre, Centre);

        double Rmse(IEnumerable<double> squared)
        {
            var finite = squared.Where(double.IsFinite).ToArray();
            return finite.Length > 0 ? Math.Sqrt(finite.Average()) : double.NaN;
        }

        double Squared(double row, double column, PixelPosition t) => ((row - t.Row) * (row - t.Row)) + ((column - t.Column) * (column - t.Column));
        double intensity = Scene.Intensity(snr);
        double bound = Math.Sqrt(truth.Take(BoundPositions).Average(t =>
        {
            double[] Shape(PixelPosition p) => Scene.Expected(p, 1, Scene.Size);
            var (row, column) = CramerRao.Derivatives(Shape, t);
            var (vr, vc) = CramerRao.Poisson(Shape(t), row, column, intensity, Scene.BackgroundPhotons);
            return vr + vc;
        }));
        double Median(IEnumerable<double> squared)
        {
            var finite = squared.Where(double.IsFinite).Order().ToArray();
            return finite.Length > 0 ? Math.Sqrt(finite[finite.Length / 2]) : double.NaN;
        }

        return new LevelResult(snr,
            Rmse(lodeStar.Select((p, i) => Squared(p.Row, p.Column, truth[i]))),
            Rmse(radial.Select((p, i) => Squared(p.Y, p.X, truth[i]))),
            Rmse(centroid.Select((p, i) => Squared(p.Y, p.X, truth[i]))),
            Rmse(supervised.Select((p, i) => Squared(p.Y, p.X, truth[i]))),
            bound,
            radial.Count(p => !double.IsFinite(p.X) || !double.IsFinite(p.Y)),
            centroid.Count(p => !double.IsFinite(p.X) || !double.IsFinite(p.Y)),
            detector.TrainingSeconds,
            Median(lodeStar.Select((p, i) => Squared(p.Row, p.Column, truth[i]))),
            Median(radial.Select((p, i) => Squared(p.Y, p.X, truth[i]))),
            Rmse(cluster.Select((p, i) => Squared(p.Row, p.Column, truth[i]))),
            Median(cluster.Select((p, i) => Squared(p.Row, p.Column, truth[i]))));
    }

    /// <summary>The supervised CNN of §IV.2 (<c>new Cnn(1, 32, 32, [16, 32, 64], [32, 32], 2)</c>) on simulated images of SNR log-uniform over the tested range, with their true positions.</summary>
    private static (nn.Module<Tensor, Tensor> Model, double Seconds) TrainCnn(Settings settings, TextWriter log)
    {
        double low = Math.Log(settings.Levels.Min() / 1.5), high = Math.Log(settings.Levels.Max() * 1.5);
        var emitter = new DeepTrack.Fluent.Physics.PointParticle().WithPosition(Distribution.UniformPosition(Scene.Low, Scene.High, Scene.Low, Scene.High))
            .WithIntensity(Distribution.From(r => Scene.Intensity(Math.Exp(r.NextDouble(low, high)))));
        var pipeline = Scene.Single(emitter).Build(settings.Seed + 4);
        var encoder = Localization.Labelled(emitter, Centre, Centre);
        var training = SampleSet.Generate(pipeline, encoder, settings.CnnImages);
        var validation = SampleSet.Generate(pipeline, encoder, Math.Max(100, settings.CnnImages / 10), start: 1_000_000_000);
        var model = new Cnn(1, Scene.Size, Scene.Size, [16, 32, 64], [32, 32], 2, seed: (long)settings.Seed);
        var history = new Trainer(model, new TrainerOptions
        {
            Seed = (long)settings.Seed,
            Epochs = settings.CnnEpochs,
            LearningRate = 1e-3,
            Loss = Loss.MeanAbsoluteError,
            RestoreBest = true,
        }).Fit(new DataLoader(training, 32, seed: settings.Seed), validation);
        log.WriteLine($"Supervised CNN: {training.Count} simulated images with their true positions, {settings.CnnEpochs} epochs in {history.TotalSeconds:F0} s.");
        return (model, history.TotalSeconds);
    }

    /// <summary>The centre of a frame's pixel grid, (size − 1) / 2: the supervised CNN's positions are measured from it.</summary>
    private const double Centre = (Scene.Size - 1) / 2.0;

    /// <summary>The one-minute load average from /proc/loadavg (−1 where there is none).</summary>
    private static double LoadAverage()
    {
        try
        {
            string text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
        catch (UnauthorizedAccessException)
        {
            return -1;
        }
    }
}
