using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace MultiParticleDetection;

/// <summary>The sample's command line.</summary>
/// <param name="TrainingImages">Simulated training images.</param>
/// <param name="Epochs">Training epochs.</param>
/// <param name="WeightedEpochs">The first epochs in which a missed particle pixel weighs 10 (the paper: 10 of 110).</param>
/// <param name="Channels">The U-Net's channels per level.</param>
/// <param name="TestImages">Test images per (SNR, density) condition.</param>
/// <param name="BatchSize">Training images per step.</param>
/// <param name="Seed">The seed of the simulation, the shuffling and the weights.</param>
/// <param name="Threads">libtorch's CPU threads.</param>
/// <param name="Detection">How the U-Net's logit map becomes detections.</param>
/// <param name="Label">What the U-Net is trained to output at the emitters.</param>
/// <param name="FreshImages">Whether every epoch trains on new images (as many as <paramref name="TrainingImages"/>) instead of the same ones.</param>
/// <param name="Output">Where results.json and the PNGs go.</param>
/// <param name="Help">Only print the usage.</param>
public sealed record Settings(int TrainingImages, int Epochs, int WeightedEpochs, int[] Channels, int TestImages, int BatchSize, ulong Seed, int Threads, DetectionMethod Detection, LabelShape Label, bool FreshImages, string Output, bool Help) : ISampleSettings<Settings>
{
    /// <summary>
    /// Whether training keeps its whole state in the output folder after every epoch and continues from it when it is there
    /// (<see cref="DeepTrack.Fluent.Torch.TrainerOptions.ResumePath"/>; with <c>--fresh-images</c> too): a killed run, started again with the
    /// same options, picks up after its last completed epoch and ends with the numbers of a run that never stopped.
    /// </summary>
    public bool Resume { get; init; }

    /// <summary>The usage text.</summary>
    public static string Usage => """
        Multi-particle detection (DeepTrack 2.0 paper §IV.4): a U-Net finds fluorescent emitters on cells.
        usage: dotnet run --project samples/MultiParticleDetection -c Release -- [options]
          --full               the paper's scale: 2000 training images (64×64), 110 epochs (10 weighted), 100 test images per condition
          --training-images N  64×64 training images (default 800)
          --epochs N           epochs (default 12)
          --weighted-epochs N  first epochs with weight 10 on particle pixels (default: half the epochs, at most 10)
          --test-images N      test images per SNR and density (default 16)
          --channels A,B,…     the U-Net's channels per level (default 8,16,32)
          --batch-size N       training images per step (default 8)
          --seed N             seed (default 2026)
          --threads N          libtorch CPU threads (default 1: identical numbers on any machine)
          --detection peaks|components
                               the U-Net's detections: local maxima of its logits (default), or the paper's connected
                               components above the threshold (close emitters merge)
          --label spots|disks  the training label: a spot of σ 1 px at each emitter, whose maxima stay apart for close
                               emitters (default), or the paper's disks of 3 px (close emitters merge into one region)
          --fresh-images       every epoch trains on new images (as many as --training-images), generated while the
                               model trains, instead of the same images every epoch
          --output FOLDER      where results.json and the PNGs go (default ./output/multi-particle-detection)
          --resume             keep the training state in FOLDER/training.state after every epoch, and continue
                               from it when it is there (a killed run picks up after its last epoch)
          --help               this text
        """;

    /// <summary>The default run.</summary>
    public static Settings Default { get; } = new(800, 12, 6, [8, 16, 32], 16, 8, 2026, 1, DetectionMethod.Peaks, LabelShape.Spots, false, Path.Combine("output", "multi-particle-detection"), false);

    /// <summary>Reads the arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The settings.</returns>
    public static Settings Parse(string[] args)
    {
        var settings = Default;
        int? weighted = null;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"'{args[i]}' needs a value.");
            int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--full": settings = settings with { TrainingImages = 2000, Epochs = 110, TestImages = 100 }; weighted ??= 10; break;
                case "--training-images": settings = settings with { TrainingImages = Number() }; break;
                case "--epochs": settings = settings with { Epochs = Number() }; break;
                case "--weighted-epochs": weighted = Number(); break;
                case "--test-images": settings = settings with { TestImages = Number() }; break;
                case "--channels": settings = settings with { Channels = Value().Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray() }; break;
                case "--batch-size": settings = settings with { BatchSize = Number() }; break;
                case "--seed": settings = settings with { Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                case "--threads": settings = settings with { Threads = Number() }; break;
                case "--detection": settings = settings with { Detection = Value() switch
                {
                    "peaks" => DetectionMethod.Peaks,
                    "components" => DetectionMethod.Components,
                    var other => throw new ArgumentException($"--detection is 'peaks' or 'components', not '{other}'."),
                } }; break;
                case "--label": settings = settings with { Label = Value() switch
                {
                    "spots" => LabelShape.Spots,
                    "disks" => LabelShape.Disks,
                    var other => throw new ArgumentException($"--label is 'spots' or 'disks', not '{other}'."),
                } }; break;
                case "--fresh-images": settings = settings with { FreshImages = true }; break;
                case "--output": settings = settings with { Output = Value() }; break;
                case "--resume": settings = settings with { Resume = true }; break;
                case "--help" or "-h": settings = settings with { Help = true }; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        settings = settings with { WeightedEpochs = weighted ?? Math.Min(10, settings.Epochs / 2) };
        foreach (var (name, value) in new[] { ("--training-images", settings.TrainingImages), ("--epochs", settings.Epochs), ("--test-images", settings.TestImages), ("--batch-size", settings.BatchSize), ("--threads", settings.Threads) })
        {
            if (value < 1)
            {
                throw new ArgumentException($"{name} must be at least 1, not {value}.");
            }
        }

        return settings.WeightedEpochs >= 0 ? settings : throw new ArgumentException($"--weighted-epochs must be ≥ 0, not {settings.WeightedEpochs}.");
    }
}
