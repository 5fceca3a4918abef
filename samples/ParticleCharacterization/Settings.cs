using System;
using System.Globalization;
using System.IO;

namespace ParticleCharacterization;

/// <summary>The sample's command line.</summary>
/// <param name="TrainingImages">Simulated training fields.</param>
/// <param name="Epochs">Training epochs.</param>
/// <param name="Channels">The CNN's convolution channels (the paper: §IV.2's doubled, 32, 64, 128).</param>
/// <param name="Dense">The CNN's dense layers.</param>
/// <param name="TestImages">Test fields.</param>
/// <param name="Particles">Particles per population in the two-population experiment.</param>
/// <param name="Observations">Observations of each particle.</param>
/// <param name="Seed">The seed of the simulation, the shuffling and the weights.</param>
/// <param name="Threads">libtorch's CPU threads.</param>
/// <param name="Output">Where results.json and the PNGs go.</param>
/// <param name="Help">Only print the usage.</param>
public sealed record Settings(int TrainingImages, int Epochs, int[] Channels, int[] Dense, int TestImages, int Particles, int Observations, ulong Seed, int Threads, string Output, bool Help) : ISampleSettings<Settings>
{
    /// <summary>The usage text.</summary>
    public static string Usage => """
        Particle characterisation (DeepTrack 2.0 paper §IV.3): a CNN reads radius and refractive index from the complex field.
        usage: dotnet run --project samples/ParticleCharacterization -c Release -- [options]
          --full               the paper's scale: 10,000 training fields, 110 epochs, 1000 test fields
          --training-images N  training fields (default 1000)
          --epochs N           epochs (default 8)
          --test-images N      test fields (default 300)
          --particles N        particles per population in the two-population experiment (default 20)
          --observations N     observations per particle (default 10)
          --seed N             seed (default 2026)
          --threads N          libtorch CPU threads (default 1: identical numbers on any machine)
          --output FOLDER      where results.json and the PNGs go (default ./output/particle-characterization)
          --help               this text
        """;

    /// <summary>The default run.</summary>
    public static Settings Default { get; } = new(1000, 8, [32, 64, 128], [64, 64], 300, 20, 10, 2026, 1, Path.Combine("output", "particle-characterization"), false);

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
            settings = args[i] switch
            {
                "--full" => settings with { TrainingImages = 10_000, Epochs = 110, TestImages = 1000 },
                "--training-images" => settings with { TrainingImages = Number() },
                "--epochs" => settings with { Epochs = Number() },
                "--test-images" => settings with { TestImages = Number() },
                "--particles" => settings with { Particles = Number() },
                "--observations" => settings with { Observations = Number() },
                "--seed" => settings with { Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture) },
                "--threads" => settings with { Threads = Number() },
                "--output" => settings with { Output = Value() },
                "--help" or "-h" => settings with { Help = true },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        foreach (var (name, value) in new[] { ("--training-images", settings.TrainingImages), ("--epochs", settings.Epochs), ("--test-images", settings.TestImages),
                     ("--particles", settings.Particles), ("--observations", settings.Observations), ("--threads", settings.Threads) })
        {
            if (value < 1)
            {
                throw new ArgumentException($"{name} must be at least 1, not {value}.");
            }
        }

        return settings;
    }
}
