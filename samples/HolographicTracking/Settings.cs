using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace HolographicTracking;

/// <summary>The sample's command line.</summary>
/// <param name="Size">The image size in pixels (the paper: 256).</param>
/// <param name="Bins">z bins over 2–30 µm (the volume has 6 more: 3 on each side, so that every label sphere is whole).</param>
/// <param name="TrainingImages">Simulated training holograms.</param>
/// <param name="Epochs">Training epochs.</param>
/// <param name="WeightedEpochs">The first epochs in which a voxel of a particle weighs 10 (as in §IV.4).</param>
/// <param name="Channels">The U-Net's channels per level.</param>
/// <param name="MaxParticles">Particles per image: 1 to this many.</param>
/// <param name="TestImages">Test holograms.</param>
/// <param name="BatchSize">Training images per step.</param>
/// <param name="Frames">Frames of the tracking movie.</param>
/// <param name="MovieParticles">Particles of the tracking movie.</param>
/// <param name="RefinementImages">Simulated holograms whose crops train the refinement CNN (<see cref="Refinement.CropsPerParticle"/> crops per particle).</param>
/// <param name="RefinementEpochs">The refinement CNN's training epochs.</param>
/// <param name="Seed">The seed of the simulation, the shuffling and the weights.</param>
/// <param name="Threads">libtorch's CPU threads.</param>
/// <param name="Output">Where results.json and the PNGs go.</param>
/// <param name="Help">Only print the usage.</param>
public sealed record Settings(int Size, int Bins, int TrainingImages, int Epochs, int WeightedEpochs, int[] Channels, int MaxParticles, int TestImages,
    int BatchSize, int Frames, int MovieParticles, int RefinementImages, int RefinementEpochs, ulong Seed, int Threads, string Output, bool Help) : ISampleSettings<Settings>
{
    /// <summary>
    /// Whether both trainings (U-Net and refinement CNN) keep their whole state in the output folder after every epoch and continue from it when it is there
    /// (<see cref="DeepTrack.Fluent.Torch.TrainerOptions.ResumePath"/>): a killed run, started again with the same options, picks up
    /// after its last completed epoch and ends with the numbers of a run that never stopped.
    /// </summary>
    public bool Resume { get; init; }

    /// <summary>
    /// Whether the U-Net's training holograms are generated batch by batch in every epoch (<see cref="DeepTrack.Fluent.Torch.StreamingLoader{TIn, TSample}"/>:
    /// the same batches) instead of kept in memory; <c>--full</c> sets it, as its 34-plane volume labels of 1,000 holograms alone would take 8.9 GB.
    /// </summary>
    public bool Stream { get; init; }

    /// <summary>The usage text.</summary>
    public static string Usage => """
        3-D multi-particle tracking in in-line holography (DeepTrack 2.0 paper §IV.5): a U-Net turns a hologram into a volume with a sphere per particle; a CNN refines x and y from the hologram's crop.
        usage: dotnet run --project samples/HolographicTracking -c Release -- [options]
          --full                 the paper's scale: 256×256 holograms, 28 z bins, 1000 training images, 100 epochs (10 weighted), 1–12 particles, 200 test images
          --size N               image size in pixels (default 64)
          --bins N               z bins over 2–30 µm (default 14: 2 µm each; the volume has 6 more, 3 on each side)
          --training-images N    training holograms (default 1000)
          --epochs N             epochs (default 12)
          --weighted-epochs N    first epochs with weight 10 on particle voxels (default: half the epochs, at most 10)
          --channels A,B,…       the U-Net's channels per level (default 16,32,64)
          --max-particles N      particles per image: 1 to N (default 3)
          --test-images N        test holograms (default 150)
          --batch-size N         training images per step (default 8)
          --frames N             frames of the tracking movie (default 40)
          --movie-particles N    particles of the tracking movie (default 3)
          --refinement-images N  holograms whose crops train the refinement CNN (default 2000)
          --refinement-epochs N  the refinement CNN's epochs (default 10)
          --seed N               seed (default 2026)
          --threads N            libtorch CPU threads (default 1: identical numbers on any machine)
          --output FOLDER        where results.json and the PNGs go (default ./output/holographic-tracking)
          --stream               generate the U-Net's training holograms batch by batch in every epoch instead of keeping them
                                 (the same batches; set by --full, whose volume labels would take 8.9 GB)
          --resume               keep each training's state in FOLDER/unet.state and FOLDER/refinement.state after every
                                 epoch, and continue from it when it is there (a killed run picks up after its last epoch)
          --help                 this text
        """;

    /// <summary>The default run.</summary>
    public static Settings Default { get; } = new(64, 14, 1000, 12, 6, [16, 32, 64], 3, 150, 8, 40, 3, 2000, 10, 2026, 1, Path.Combine("output", "holographic-tracking"), false);

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
                case "--full": settings = settings with { Size = 256, Bins = 28, TrainingImages = 1000, Epochs = 100, MaxParticles = 12, TestImages = 200, Channels = [16, 32, 64, 128], Stream = true }; weighted ??= 10; break;
                case "--stream": settings = settings with { Stream = true }; break;
                case "--size": settings = settings with { Size = Number() }; break;
                case "--bins": settings = settings with { Bins = Number() }; break;
                case "--training-images": settings = settings with { TrainingImages = Number() }; break;
                case "--epochs": settings = settings with { Epochs = Number() }; break;
                case "--weighted-epochs": weighted = Number(); break;
                case "--channels": settings = settings with { Channels = Value().Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray() }; break;
                case "--max-particles": settings = settings with { MaxParticles = Number() }; break;
                case "--test-images": settings = settings with { TestImages = Number() }; break;
                case "--batch-size": settings = settings with { BatchSize = Number() }; break;
                case "--frames": settings = settings with { Frames = Number() }; break;
                case "--movie-particles": settings = settings with { MovieParticles = Number() }; break;
                case "--refinement-images": settings = settings with { RefinementImages = Number() }; break;
                case "--refinement-epochs": settings = settings with { RefinementEpochs = Number() }; break;
                case "--seed": settings = settings with { Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                case "--threads": settings = settings with { Threads = Number() }; break;
                case "--output": settings = settings with { Output = Value() }; break;
                case "--resume": settings = settings with { Resume = true }; break;
                case "--help" or "-h": settings = settings with { Help = true }; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        settings = settings with { WeightedEpochs = weighted ?? Math.Min(10, settings.Epochs / 2) };
        foreach (var (name, value) in new[] { ("--bins", settings.Bins), ("--training-images", settings.TrainingImages), ("--epochs", settings.Epochs),
                     ("--max-particles", settings.MaxParticles), ("--test-images", settings.TestImages), ("--batch-size", settings.BatchSize),
                     ("--frames", settings.Frames), ("--movie-particles", settings.MovieParticles),
                     ("--refinement-images", settings.RefinementImages), ("--refinement-epochs", settings.RefinementEpochs), ("--threads", settings.Threads) })
        {
            if (value < 1)
            {
                throw new ArgumentException($"{name} must be at least 1, not {value}.");
            }
        }

        if (settings.Size < 16)
        {
            throw new ArgumentException($"--size must be at least 16 pixels, not {settings.Size}.");
        }

        if (settings.Channels.Length < 2 || settings.Channels.Any(c => c < 1))
        {
            throw new ArgumentException($"--channels needs at least two levels of at least one channel, not {string.Join(",", settings.Channels)}.");
        }

        return settings.WeightedEpochs >= 0 ? settings : throw new ArgumentException($"--weighted-epochs must be ≥ 0, not {settings.WeightedEpochs}.");
    }
}
