using System;
using System.Globalization;
using System.IO;

namespace ParticleLocalization;

/// <summary>Command-line settings: <c>--epochs N</c>, <c>--training-images N</c>, <c>--test-images N</c>, <c>--seed N</c>, <c>--full</c>, <c>--output DIR</c>, <c>--help</c>.</summary>
/// <param name="Epochs">Training epochs of each of the two networks (the learning rate drops tenfold after 60 % and again after 85 % of them).</param>
/// <param name="TrainingImages">Simulated training images per learning-rate stage and network (each stage gets new ones).</param>
/// <param name="TestImages">Test images per SNR level.</param>
/// <param name="Seed">The seed of every draw.</param>
/// <param name="Output">Where results.json and the PNGs go.</param>
/// <param name="Help">Only print the usage.</param>
public sealed record Settings(int Epochs, int TrainingImages, int TestImages, ulong Seed, string Output, bool Help = false) : ISampleSettings<Settings>
{
    /// <summary>What <c>--help</c> prints.</summary>
    public static string Usage => """
        Usage: dotnet run --project samples/ParticleLocalization -c Release [-- options]
          --epochs N           training epochs of each network (default 36; the learning rate drops 10× after 60 % and 85 % of them)
          --training-images N  simulated training images per learning-rate stage and network (default 6000)
          --test-images N      test images per SNR level (default 1000)
          --seed N             the seed of every draw (default 2026)
          --full               the paper's scale: 10,000 training images per stage, 110 epochs (each network)
          --output DIR         where results and figures go (default ./output/particle-localization)
          --help               this text
        Writes results.json, history.csv and PNG figures to the output folder.
        """;

    /// <summary>Reads the arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The settings.</returns>
    public static Settings Parse(string[] args)
    {
        var settings = new Settings(Epochs: 36, TrainingImages: 6_000, TestImages: 1000, Seed: 2026,
            Output: Path.Combine(Environment.CurrentDirectory, "output", "particle-localization"));
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "--help" or "-h")
            {
                settings = settings with { Help = true };
                continue;
            }

            if (args[i] == "--full")
            {
                settings = settings with { Epochs = 110, TrainingImages = 10_000 };
                continue;
            }

            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"'{args[i]}' needs a value.");
            settings = args[i] switch
            {
                "--epochs" => settings with { Epochs = Positive(args[i], value) },
                "--training-images" => settings with { TrainingImages = Positive(args[i], value) },
                "--test-images" => settings with { TestImages = Positive(args[i], value) },
                "--seed" => settings with { Seed = ulong.Parse(value, CultureInfo.InvariantCulture) },
                "--output" => settings with { Output = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'; use --epochs, --training-images, --test-images, --seed, --full or --output."),
            };
            i++;
        }

        return settings;
    }

    private static int Positive(string option, string value)
    {
        int n = int.Parse(value, CultureInfo.InvariantCulture);
        return n >= 1 ? n : throw new ArgumentException($"'{option}' must be at least 1; it was {n}.");
    }
}
