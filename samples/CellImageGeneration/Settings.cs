using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CellImageGeneration;

/// <summary>The sample's command line.</summary>
/// <param name="Size">Image height and width in pixels.</param>
/// <param name="Epochs">Training epochs.</param>
/// <param name="BatchesPerEpoch">Mini-batches per epoch, each of newly simulated samples (the paper: 16).</param>
/// <param name="BatchSize">Samples per mini-batch (the paper: 7).</param>
/// <param name="GeneratorChannels">The generator's channels per level; the last is the width of its residual bottleneck.</param>
/// <param name="FinalChannels">Channels of the generator's two final convolution blocks (the paper: 16).</param>
/// <param name="DiscriminatorChannels">The discriminator's channels per stride-2 convolution.</param>
/// <param name="TestImages">Unseen masks the trained generator is scored on.</param>
/// <param name="Seed">The seed of the simulation, the shuffling and the weights.</param>
/// <param name="Threads">libtorch's CPU threads.</param>
/// <param name="Output">Where results.json and the PNGs go.</param>
/// <param name="Help">Only print the usage.</param>
public sealed record Settings(
    int Size, int Epochs, int BatchesPerEpoch, int BatchSize, int[] GeneratorChannels, int FinalChannels, int[] DiscriminatorChannels,
    int TestImages, ulong Seed, int Threads, string Output, bool Help) : ISampleSettings<Settings>
{
    /// <summary>
    /// Whether training keeps its whole state in the output folder after every epoch (<see cref="DeepTrack.Fluent.Torch.ConditionalGan.SaveState"/>,
    /// with the epochs' losses and seconds beside it) and continues from it when it is there: a killed run, started again with
    /// the same options, picks up after its last completed epoch and ends with the numbers of a run that never stopped.
    /// </summary>
    public bool Resume { get; init; }

    /// <summary>The usage text.</summary>
    public static string Usage => """
        Image generation with a conditional GAN (DeepTrack 2.0 paper §IV.7): semantic masks of cells, membranes and
        mitochondria are turned into TEM-like images.
        usage: dotnet run --project samples/CellImageGeneration -c Release -- [options]
          --full                    the paper's scale: 1000 epochs of 16 mini-batches of 7, 256×256 images, generator
                                    channels 16,…,1024 with final blocks of 16, discriminator 16,…,256 (an 8×8 patch map)
          --size N                  image size in pixels, a multiple of 2^(generator levels − 1) (default 64)
          --epochs N                epochs (default 60)
          --batches-per-epoch N     mini-batches per epoch, each newly simulated (default 16)
          --batch-size N            samples per mini-batch (default 7)
          --generator A,B,…         the generator's channels per level (default 8,16,32,64)
          --final-channels N        channels of the generator's two final blocks (default 8)
          --discriminator A,B,…     the discriminator's channels per stride-2 convolution (default 8,16,32)
          --test-images N           unseen masks to score (default 32)
          --seed N                  seed (default 2026)
          --threads N               libtorch CPU threads (default 1: identical numbers on any machine)
          --output FOLDER           where results.json and the PNGs go (default ./output/cell-image-generation)
          --resume                  keep the training state in FOLDER/gan.state (and the epochs' losses in FOLDER/gan-epochs.json)
                                    after every epoch, and continue from it when it is there
          --help                    this text
        """;

    /// <summary>The default run.</summary>
    public static Settings Default { get; } = new(64, 60, 16, 7, [8, 16, 32, 64], 8, [8, 16, 32], 32, 2026, 1, Path.Combine("output", "cell-image-generation"), false);

    /// <summary>The paper's scale.</summary>
    public static Settings Full { get; } = Default with
    {
        Size = 256, Epochs = 1000, GeneratorChannels = [16, 32, 64, 128, 256, 512, 1024], FinalChannels = 16,
        DiscriminatorChannels = [16, 32, 64, 128, 256], TestImages = 100,
    };

    /// <summary>Reads the arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The settings.</returns>
    public static Settings Parse(string[] args)
    {
        var settings = Default;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"'{args[i]}' needs a value.");
            int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
            int[] List() => Value().Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            switch (args[i])
            {
                case "--full": settings = Full with { Seed = settings.Seed, Threads = settings.Threads, Output = settings.Output }; break;
                case "--size": settings = settings with { Size = Number() }; break;
                case "--epochs": settings = settings with { Epochs = Number() }; break;
                case "--batches-per-epoch": settings = settings with { BatchesPerEpoch = Number() }; break;
                case "--batch-size": settings = settings with { BatchSize = Number() }; break;
                case "--generator": settings = settings with { GeneratorChannels = List() }; break;
                case "--final-channels": settings = settings with { FinalChannels = Number() }; break;
                case "--discriminator": settings = settings with { DiscriminatorChannels = List() }; break;
                case "--test-images": settings = settings with { TestImages = Number() }; break;
                case "--seed": settings = settings with { Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                case "--threads": settings = settings with { Threads = Number() }; break;
                case "--output": settings = settings with { Output = Value() }; break;
                case "--resume": settings = settings with { Resume = true }; break;
                case "--help" or "-h": settings = settings with { Help = true }; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        foreach (var (name, value) in new[]
        {
            ("--size", settings.Size), ("--epochs", settings.Epochs), ("--batches-per-epoch", settings.BatchesPerEpoch), ("--batch-size", settings.BatchSize),
            ("--final-channels", settings.FinalChannels), ("--test-images", settings.TestImages), ("--threads", settings.Threads),
        })
        {
            if (value < 1)
            {
                throw new ArgumentException($"{name} must be at least 1, not {value}.");
            }
        }

        if (settings.GeneratorChannels.Length < 2 || settings.DiscriminatorChannels.Length < 1 || settings.GeneratorChannels.Concat(settings.DiscriminatorChannels).Any(c => c < 1))
        {
            throw new ArgumentException("--generator needs at least two positive channel counts and --discriminator at least one.");
        }

        int multiple = 1 << Math.Max(settings.GeneratorChannels.Length - 1, settings.DiscriminatorChannels.Length);
        return settings.Size % multiple == 0
            ? settings
            : throw new ArgumentException($"--size {settings.Size} must be a multiple of {multiple} for these networks' stride-2 convolutions.");
    }
}
