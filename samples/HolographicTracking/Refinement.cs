using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Physics.Mie;
using DeepTrack.Fluent.Torch;
using DeepTrack.Fluent.Tracking;
using TorchSharp;
using static TorchSharp.torch;

namespace HolographicTracking;

/// <summary>
/// The second stage: a CNN (the library's <see cref="Cnn"/>, the design of the §IV.2 localisation network) that sees the
/// <see cref="Window"/>×<see cref="Window"/> crop of the hologram centred on the pixel nearest a U-Net detection and regresses
/// the particle's sub-pixel offset (dx, dy) from the crop's centre and its z. It is trained on crops of simulated holograms
/// (the same particles, optics, random coma and noise as the U-Net's) centred on the pixel nearest the true position plus a
/// random offset, so it learns to read the coma from the rings' asymmetry and the depth from their spacing; its answers are
/// averaged over the 8 symmetries of the square (<see cref="SquareSymmetries.AveragePositions(nn.Module{Tensor, Tensor}, Tensor, int)"/>,
/// z as the one invariant output; the coma's distribution has the square's symmetries too). Its mean z error on the
/// validation crops, a bias that the averaging cannot cancel, is subtracted from the z it predicts.
/// </summary>
public static class Refinement
{
    /// <summary>The crop's side in pixels (odd, so that its centre is a pixel).</summary>
    public const int Window = 25;

    /// <summary>The crop's centre pixel (row and column).</summary>
    public const int Half = Window / 2;

    /// <summary>Training crops are centred on the pixel nearest the true position plus an offset of U(−this, this) pixels per axis.</summary>
    public const double MaximumOffset = 1.5;

    /// <summary>Offsets are given to the network divided by this many pixels.</summary>
    public const double Scale = 2;

    /// <summary>z is given to the network as (z − this) / <see cref="DepthScale"/> (µm): the middle of the range 2–30 µm.</summary>
    public const double DepthCentre = (Hologram.MinimumZ + Hologram.MaximumZ) / 2;

    /// <summary>z is given to the network as (z − <see cref="DepthCentre"/>) / this (µm), −2 to 2 over the range.</summary>
    public const double DepthScale = (Hologram.MaximumZ - Hologram.MinimumZ) / 4;

    /// <summary>Training crops per particle (each with its own offset).</summary>
    public const int CropsPerParticle = 4;

    /// <summary>The network's convolution blocks (each 3×3 convolutions, ReLU and 2×2 pooling: 25 → 12 → 6 → 3 pixels).</summary>
    public static IReadOnlyList<int> Blocks { get; } = [16, 32, 64];

    /// <summary>The network's dense hidden layers.</summary>
    public static IReadOnlyList<int> Dense { get; } = [32, 32];

    /// <summary>The mean lateral distance (pixels) between the predicted and the true offset: the first two outputs.</summary>
    public static Metric LateralError { get; } = new("pixel error", (p, t) =>
    {
        using var factor = Scale.ToScalar();
        var d = p.narrow(1, 0, 2).sub(t.narrow(1, 0, 2));
        return d.mul(d).sum(1).sqrt().mean().mul(factor);
    });

    /// <summary>The mean |Δz| (µm): the third output.</summary>
    public static Metric AxialError { get; } = new("z error (µm)", (p, t) =>
    {
        using var factor = DepthScale.ToScalar();
        return p.narrow(1, 2, 1).sub(t.narrow(1, 2, 1)).abs().mean().mul(factor);
    });

    /// <summary>Simulates holograms and trains the network on crops of them.</summary>
    /// <param name="settings">The sizes, seed and refinement schedule.</param>
    /// <param name="particle">The particle feature.</param>
    /// <param name="count">Particles per hologram.</param>
    /// <param name="log">Where progress goes.</param>
    /// <returns>
    /// The trained network with its z correction, its training history, the number of training crops and the wall time
    /// of simulating the crops and training (with --resume, the earlier processes' epochs too: the crops are simulated
    /// again in every process, the epochs are not).
    /// </returns>
    public static (RefinementNetwork Network, TrainingHistory History, int Crops, double Seconds) Train(Settings settings, MieSphere particle, Distribution<int> count, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var pipeline = Hologram.Image(particle ^ count, settings.Size).Build(settings.Seed + 5);
        var training = Crops(pipeline.Generate(settings.RefinementImages), particle, settings.Seed + 6);
        var validation = Crops(pipeline.Generate(Math.Max(16, settings.RefinementImages / 8), start: 1_000_000_000), particle, settings.Seed + 7);
        var model = new Cnn(1, Window, Window, Blocks, Dense, 3, seed: (long)settings.Seed + 8);
        log.WriteLine($"Training the refinement CNN ({model.parameters().Sum(p => p.numel())} parameters) on {training.Count} crops of {settings.RefinementImages} holograms " +
            $"for {settings.RefinementEpochs} epochs …");
        double simulationSeconds = clock.Elapsed.TotalSeconds;
        var history = new Trainer(model, new TrainerOptions
        {
            Seed = (long)settings.Seed + 9,
            Epochs = settings.RefinementEpochs,
            LearningRate = 1e-3,
            Loss = Loss.MeanAbsoluteError,
            Metrics = [LateralError, AxialError],
            ResumePath = settings.Resume ? Path.Combine(settings.Output, "refinement.state") : null,
            OnEpoch = e => log.WriteLine($"refinement epoch {e.Epoch + 1}/{settings.RefinementEpochs}: training loss {e.TrainingLoss:F4}, " +
                $"validation loss {e.ValidationLoss:F4}, pixel error {e.Metrics[LateralError.Name]:F3}, z error {e.Metrics[AxialError.Name]:F3} µm ({e.Seconds:F1} s)"),
        }).Fit(new DataLoader(training, 32, seed: settings.Seed + 10), validation);
        double offset = DepthBias(model, validation);
        log.WriteLine($"The refinement CNN's mean z error on its {validation.Count} validation crops: {offset:+0.000;-0.000} µm (subtracted from its answers).");
        return (new RefinementNetwork(model, offset), history, training.Count, simulationSeconds + history.TotalSeconds);
    }

    /// <summary>The detections of each hologram with their lateral positions and z refined by the network.</summary>
    /// <param name="network">The refinement network.</param>
    /// <param name="images">The holograms.</param>
    /// <param name="detected">The U-Net's detections of each hologram.</param>
    /// <returns>The refined detections, in the same order.</returns>
    public static IReadOnlyList<Particle3D>[] Refine(RefinementNetwork network, IReadOnlyList<Image<double>> images, IReadOnlyList<IReadOnlyList<Particle3D>> detected)
    {
        var refined = Predict(network, images, detected.Select(d => d.Select(p => p.Position).ToArray()).ToArray());
        return detected.Select((d, i) => (IReadOnlyList<Particle3D>)d.Select((p, k) => p with { Row = refined[i][k].Row, Column = refined[i][k].Column, Z = refined[i][k].Z }).ToArray()).ToArray();
    }

    /// <summary>The movie's detections with their lateral positions and their property "z" (pixels) refined by the network.</summary>
    /// <param name="network">The refinement network.</param>
    /// <param name="frames">The movie's holograms.</param>
    /// <param name="detections">The U-Net's detections of the frames.</param>
    /// <returns>The refined detections.</returns>
    public static DetectionTable Refine(RefinementNetwork network, IReadOnlyList<Image<double>> frames, DetectionTable detections)
    {
        var byFrame = Enumerable.Range(0, frames.Count).Select(f => detections.InFrame(f).ToArray()).ToArray();
        var refined = Predict(network, frames, byFrame.Select(d => d.Select(x => x.ToPixelPosition()).ToArray()).ToArray());
        return new DetectionTable(
            byFrame.SelectMany((d, f) => d.Select((x, k) => Detection.At(f, refined[f][k].Position, new Dictionary<string, double>(x.Properties) { ["z"] = Hologram.ToPixels(refined[f][k].Z) }))),
            detections.PositionUnit, detections.PropertyUnits);
    }

    /// <summary>The network's particles for the given estimates: the crop's centre pixel plus the predicted offset, and the predicted z (µm).</summary>
    /// <param name="network">The refinement network.</param>
    /// <param name="images">The holograms.</param>
    /// <param name="estimates">The estimates of each hologram (pixels).</param>
    /// <returns>The refined particles, in the same order.</returns>
    public static Particle3D[][] Predict(RefinementNetwork network, IReadOnlyList<Image<double>> images, IReadOnlyList<IReadOnlyList<PixelPosition>> estimates)
    {
        var centres = estimates.SelectMany((e, i) => e.Select((p, k) => (Image: i, Index: k, Row: (int)Math.Round(p.Row), Column: (int)Math.Round(p.Column)))).ToArray();
        var result = estimates.Select(e => new Particle3D[e.Count]).ToArray();
        var inputs = images.Select(Hologram.Input).ToArray();
        for (int from = 0; from < centres.Length; from += 256)
        {
            using var scope = NewDisposeScope();
            var batch = centres.Skip(from).Take(256).ToArray();
            var pixels = batch.SelectMany(c => Crop(inputs[c.Image], c.Row, c.Column)).ToArray();
            var output = SquareSymmetries.AveragePositions(network.Model, tensor(pixels, [batch.Length, 1, Window, Window]), invariants: 1).data<float>().ToArray();
            for (int k = 0; k < batch.Length; k++)
            {
                var (image, index, row, column) = batch[k];
                result[image][index] = new Particle3D(row + (Scale * output[(3 * k) + 1]), column + (Scale * output[3 * k]), DepthCentre + (DepthScale * output[(3 * k) + 2]) - network.DepthOffset);
            }
        }

        return result;
    }

    // The mean predicted minus true z (µm) on the validation crops, the answers averaged over the symmetries as in Predict.
    private static double DepthBias(nn.Module<Tensor, Tensor> model, SampleSet crops)
    {
        double sum = 0;
        for (int from = 0; from < crops.Count; from += 256)
        {
            using var scope = NewDisposeScope();
            var batch = Enumerable.Range(from, Math.Min(256, crops.Count - from)).Select(i => crops[i]).ToArray();
            var output = SquareSymmetries.AveragePositions(model, tensor(batch.SelectMany(c => c.Input).ToArray(), [batch.Length, 1, Window, Window]), invariants: 1).data<float>().ToArray();
            sum += batch.Select((c, k) => DepthScale * (output[(3 * k) + 2] - c.Label[2])).Sum();
        }

        return sum / crops.Count;
    }

    // Crops of every particle: each centred on the pixel nearest the true position plus a random offset, labelled with
    // the true position's offset from the crop's centre and the true z, ((column − centre) / Scale, (row − centre) / Scale,
    // (z − DepthCentre) / DepthScale).
    private static SampleSet Crops(IReadOnlyList<Image<double>> holograms, MieSphere particle, ulong seed)
    {
        var random = new RandomStream(seed);
        var samples = new List<EncodedSample>();
        foreach (var hologram in holograms)
        {
            var input = Hologram.Input(hologram);
            foreach (var p in Hologram.Truth(hologram, particle))
            {
                for (int k = 0; k < CropsPerParticle; k++)
                {
                    int row = (int)Math.Round(p.Row + random.NextDouble(-MaximumOffset, MaximumOffset));
                    int column = (int)Math.Round(p.Column + random.NextDouble(-MaximumOffset, MaximumOffset));
                    samples.Add(new EncodedSample(samples.Count, Crop(input, row, column), [(float)((p.Column - column) / Scale), (float)((p.Row - row) / Scale), (float)((p.Z - DepthCentre) / DepthScale)]));
                }
            }
        }

        return new SampleSet(samples, new SampleShape([1, Window, Window], [3], LabelKind.Numbers));
    }

    // The Window×Window pixels centred on (row, column), 0 (the background of Hologram.Input) outside the image.
    private static float[] Crop(Image<double> input, int row, int column)
    {
        var crop = new float[Window * Window];
        var pixels = input.AsReadOnlySpan();
        for (int r = 0; r < Window; r++)
        {
            int y = row - Half + r;
            if (y < 0 || y >= input.Height)
            {
                continue;
            }

            for (int c = 0; c < Window; c++)
            {
                int x = column - Half + c;
                if (x >= 0 && x < input.Width)
                {
                    crop[(r * Window) + c] = (float)pixels[(y * input.Width) + x];
                }
            }
        }

        return crop;
    }
}
