using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CellCounting;

/// <summary>The sample's command line.</summary>
/// <param name="TrainingImages">Simulated training crops.</param>
/// <param name="CropSize">The training crops' side in pixels.</param>
/// <param name="Epochs">Training epochs.</param>
/// <param name="Channels">The U-Net's channels per level.</param>
/// <param name="BatchSize">Training crops per step.</param>
/// <param name="LearningRate">Adam's learning rate.</param>
/// <param name="Loss">The training loss on the density map: "mae" (the paper) or "mse".</param>
/// <param name="TestImages">Simulated test images.</param>
/// <param name="TestHeight">The test images' height in pixels.</param>
/// <param name="TestWidth">The test images' width in pixels.</param>
/// <param name="Seed">The seed of the simulation, the shuffling and the weights.</param>
/// <param name="Threads">libtorch's CPU threads.</param>
/// <param name="Output">Where results.json and the PNGs go.</param>
/// <param name="Help">Only print the usage.</param>
public sealed record Settings(int TrainingImages, int CropSize, int Epochs, int[] Channels, int BatchSize, double LearningRate, string Loss, int TestImages, int TestHeight, int TestWidth, ulong Seed, int Threads, string Output, bool Help) : ISampleSettings<Settings>
{
    /// <summary>
    /// Whether training keeps its whole state in the output folder after every epoch and continues from it when it is there
    /// (<see cref="DeepTrack.Fluent.Torch.TrainerOptions.ResumePath"/>): a killed run, started again with the same options, picks up
    /// after its last completed epoch and ends with the numbers of a run that never stopped.
    /// </summary>
    public bool Resume { get; init; }

    /// <summary>The usage text.</summary>
    public static string Usage => """
        Cell counting (DeepTrack 2.0 paper §IV.6): a U-Net maps fluorescence images of nuclei to a density map whose integral is the count.
        usage: dotnet run --project samples/CellCounting -c Release -- [options]
          --full               the paper's scale: 1000 training crops of 256×256, 190 epochs, 50 test images of 512×688
          --training-images N  training crops (default 400)
          --crop N             the training crops' side in pixels, a multiple of 8 (default 128)
          --epochs N           epochs (default 12)
          --channels A,B,…     the U-Net's channels per level (default 8,16,32,64)
          --batch-size N       training crops per step (default 8)
          --learning-rate X    Adam's learning rate (default 0.001)
          --loss mae|mse       the loss on the density map (default mse; --full: mae, as the paper)
          --test-images N      test images (default 12)
          --test-size H,W      the test images' size, multiples of 8 (default 512,688)
          --seed N             seed (default 2026)
          --threads N          libtorch CPU threads (default 1: identical numbers on any machine)
          --output FOLDER      where results.json and the PNGs go (default ./output/cell-counting)
          --resume             keep the training state in FOLDER/training.state after every epoch, and continue
                               from it when it is there (a killed run picks up after its last epoch)
          --help               this text
        """;

    /// <summary>The default run.</summary>
    public static Settings Default { get; } = new(400, 128, 12, [8, 16, 32, 64], 8, 1e-3, "mse", 12, 512, 688, 2026, 1, Path.Combine("output", "cell-counting"), false);

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
            switch (args[i])
            {
                case "--full": settings = settings with { TrainingImages = 1000, CropSize = 256, Epochs = 190, Loss = "mae", TestImages = 50, TestHeight = 512, TestWidth = 688 }; break;
                case "--training-images": settings = settings with { TrainingImages = Number() }; break;
                case "--crop": settings = settings with { CropSize = Number() }; break;
                case "--epochs": settings = settings with { Epochs = Number() }; break;
                case "--channels": settings = settings with { Channels = Value().Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray() }; break;
                case "--batch-size": settings = settings with { BatchSize = Number() }; break;
                case "--learning-rate": settings = settings with { LearningRate = double.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                case "--loss": settings = settings with { Loss = Value().ToLowerInvariant() }; break;
                case "--test-images": settings = settings with { TestImages = Number() }; break;
                case "--test-size":
                    var size = Value().Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
                    settings = size.Length == 2 ? settings with { TestHeight = size[0], TestWidth = size[1] } : throw new ArgumentException($"--test-size needs H,W, not {string.Join(",", size)}.");
                    break;
                case "--seed": settings = settings with { Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                case "--threads": settings = settings with { Threads = Number() }; break;
                case "--output": settings = settings with { Output = Value() }; break;
                case "--resume": settings = settings with { Resume = true }; break;
                case "--help" or "-h": settings = settings with { Help = true }; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        foreach (var (name, value) in new[] { ("--training-images", settings.TrainingImages), ("--epochs", settings.Epochs), ("--test-images", settings.TestImages), ("--batch-size", settings.BatchSize), ("--threads", settings.Threads) })
        {
            if (value < 1)
            {
                throw new ArgumentException($"{name} must be at least 1, not {value}.");
            }
        }

        if (settings.Channels.Length < 2 || settings.Channels.Any(c => c < 1))
        {
            throw new ArgumentException($"--channels needs at least two positive entries, not {string.Join(",", settings.Channels)}.");
        }

        int multiple = 1 << (settings.Channels.Length - 1);
        foreach (var (name, value) in new[] { ("--crop", settings.CropSize), ("--test-size height", settings.TestHeight), ("--test-size width", settings.TestWidth) })
        {
            if (value < multiple || value % multiple != 0)
            {
                throw new ArgumentException($"{name} must be a positive multiple of {multiple} (the U-Net's {settings.Channels.Length - 1} poolings), not {value}.");
            }
        }

        if (settings.Loss is not ("mae" or "mse"))
        {
            throw new ArgumentException($"--loss must be mae or mse, not {settings.Loss}.");
        }

        return settings.LearningRate > 0 && double.IsFinite(settings.LearningRate) ? settings : throw new ArgumentException($"--learning-rate must be positive, not {settings.LearningRate}.");
    }
}
