using System;
using System.Globalization;

namespace ParticleLocalization;

/// <summary>Command-line settings: <c>--epochs N</c>, <c>--training-images N</c>, <c>--seed N</c>, <c>--help</c>.</summary>
/// <param name="Epochs">Training epochs.</param>
/// <param name="TrainingImages">Simulated training images.</param>
/// <param name="Seed">The seed of every draw.</param>
/// <param name="Help">Only print the usage.</param>
public sealed record Settings(int Epochs, int TrainingImages, ulong Seed, bool Help = false) : ISampleSettings<Settings>
{
    /// <summary>What <c>--help</c> prints.</summary>
    public static string Usage => """
        Usage: dotnet run --project samples/ParticleLocalization -c Release [-- options]
          --epochs N           training epochs (default 10)
          --training-images N  simulated training images (default 6000)
          --seed N             the seed of every draw (default 2026)
          --help               this text
        Writes results.json, history.csv and PNG figures to ./output/particle-localization.
        """;

    /// <summary>Reads the arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The settings.</returns>
    public static Settings Parse(string[] args)
    {
        var settings = new Settings(Epochs: 10, TrainingImages: 6_000, Seed: 2026);
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "--help" or "-h")
            {
                settings = settings with { Help = true };
                continue;
            }

            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"'{args[i]}' needs a value.\n{Usage}");
            settings = args[i] switch
            {
                "--epochs" => settings with { Epochs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--training-images" => settings with { TrainingImages = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => settings with { Seed = ulong.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'; use --epochs, --training-images or --seed.\n{Usage}"),
            };
            i++;
        }

        return settings;
    }
}
