using System;
using System.Globalization;

namespace TrackingMovie;

/// <summary>
/// The experiment's sizes: the movie (frame size, particles, frames, Brownian step per axis and frame, SNR) and the
/// detector's training (image size, images, epochs), and the seed. <c>--smallest</c> is the configuration the tests run.
/// </summary>
public sealed record Settings(int Size, int Particles, int Frames, double Step, double Snr, int TrainingSize, int TrainingImages, int Epochs, ulong Seed, bool Help = false)
    : ISampleSettings<Settings>
{
    /// <summary>What <c>--help</c> prints.</summary>
    public static string Usage => """
        From a simulated movie to tracks: simulate, write a TIFF stack, train a detector, apply it to the file, link.
        usage: dotnet run --project samples/TrackingMovie -c Release -- [options]
          --smallest            the configuration the tests run (seconds)
          --particles N         particles in the movie (default 40)
          --frames N            frames (default 100)
          --training-images N   training images of the detector (default 800)
          --epochs N            training epochs (default 3)
          --seed N              seed (default 2026)
          --help                this text
        Writes the TIFF stack, the model bundle, tracks and pictures to ./output/tracking-movie.
        """;

    /// <summary>The default run: 40 particles in 128×128 frames over 100 frames; 800 training images of 64×64, 3 epochs.</summary>
    public static Settings Default { get; } = new(128, 40, 100, 1.0, 10, 64, 800, 3, 2026);

    /// <summary>The smallest run (seconds): 6 particles in 48×48 frames over 8 frames; 96 training images of 32×32, one epoch.</summary>
    public static Settings Smallest { get; } = new(48, 6, 8, 1.0, 10, 32, 96, 1, 7);

    /// <summary>The diffusion coefficient of the simulated walk, σ²/2 per axis, in px²/frame.</summary>
    public double TrueDiffusion => Step * Step / 2;

    /// <summary>Reads <c>--smallest</c>, <c>--particles N</c>, <c>--frames N</c>, <c>--training-images N</c>, <c>--epochs N</c>, <c>--seed N</c>, <c>--help</c>.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The settings.</returns>
    public static Settings Parse(string[] args)
    {
        var settings = Array.IndexOf(args, "--smallest") >= 0 ? Smallest : Default;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--smallest")
            {
                continue;
            }

            if (args[i] is "--help" or "-h")
            {
                settings = settings with { Help = true };
                continue;
            }

            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"'{args[i]}' needs a value.");
            settings = args[i] switch
            {
                "--particles" => settings with { Particles = Positive(value, args[i]) },
                "--frames" => settings with { Frames = Positive(value, args[i]) },
                "--training-images" => settings with { TrainingImages = Positive(value, args[i]) },
                "--epochs" => settings with { Epochs = Positive(value, args[i]) },
                "--seed" => settings with { Seed = ulong.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'; use --smallest, --particles, --frames, --training-images, --epochs or --seed."),
            };
            i++;
        }

        return settings;
    }

    private static int Positive(string value, string option)
        => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= 1 ? n
            : throw new ArgumentException($"{option} needs a whole number ≥ 1 (got '{value}').");
}
