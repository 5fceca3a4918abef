using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace LodeStarSample;

/// <summary>The sample's command line.</summary>
/// <param name="Levels">The SNR levels of the localisation study.</param>
/// <param name="Steps">LodeSTAR training steps per crop.</param>
/// <param name="TestImages">Test images per SNR level.</param>
/// <param name="CnnImages">Simulated training images of the supervised CNN.</param>
/// <param name="CnnEpochs">Epochs of the supervised CNN.</param>
/// <param name="Densities">Emitters per 64×64 frame in the detection study.</param>
/// <param name="Frames">Frames per density.</param>
/// <param name="Before">LodeSTAR's channels before the pooling.</param>
/// <param name="After">LodeSTAR's channels after the pooling.</param>
/// <param name="CropSnr">The SNR of the frame the one training crop is cut from (null: each level trains on its own crop, at its SNR).</param>
/// <param name="Noise">The range of the fresh noise added to every training copy, in units of the crop's standard deviation.</param>
/// <param name="Contrast">The range of the factor multiplied into every training copy before the noise.</param>
/// <param name="Seed">The seed of every draw.</param>
/// <param name="Threads">libtorch's CPU threads.</param>
/// <param name="Output">Where results.json and the PNGs go.</param>
/// <param name="Help">Only print the usage.</param>
/// <param name="Orientations">The orientations of the square LodeSTAR sees every test image and frame in: 8 (its votes in all 8 pooled, <see cref="DeepTrack.Fluent.Torch.LodeStarDetector.AverageOrientations"/>) or 1 (the image as it is).</param>
public sealed record Settings(double[] Levels, int Steps, int TestImages, int CnnImages, int CnnEpochs, int[] Densities, int Frames,
    int[] Before, int[] After, double? CropSnr, (double Low, double High) Noise, (double Low, double High) Contrast, ulong Seed, int Threads, string Output, bool Help, int Orientations = 8) : ISampleSettings<Settings>
{
    /// <summary>The usage text.</summary>
    public static string Usage => """
        LodeSTAR (Midtvedt et al. 2022): a network trained on one crop, without labels, localises and detects emitters.
        usage: dotnet run --project samples/LodeStar -c Release -- [options]
          --full               10 SNR levels, 3000 steps, 500 test images, a larger CNN training set, 32 frames per density (several times the default run)
          --levels A,B,…       SNR levels (default 2,3,5,10,20,40)
          --steps N            LodeSTAR training steps per crop (default 1500)
          --test-images N      test images per SNR level (default 200)
          --cnn-images N       training images of the supervised CNN (default 3000)
          --cnn-epochs N       epochs of the supervised CNN (default 8)
          --densities A,B,…    emitters per 64×64 frame in the detection study (default 2,5,10,20)
          --frames N           frames per density (default 8)
          --channels A,B/C,D   LodeSTAR's channels before / after its pooling (default 16,32/32,32,32)
          --crop-snr X|test    the SNR of the frame the one training crop is cut from, or 'test': each level its own crop at its SNR (default 20)
          --noise A,B          fresh noise on every training copy, σ uniform in [A, B] × the crop's standard deviation (default 0,3)
          --contrast A,B       factor on every training copy before the noise, log-uniform in [A, B] (default 0.1,4)
          --orientations 8|1   LodeSTAR sees every image in the 8 orientations of the square and pools the votes, or only as it is (default 8)
          --seed N             seed (default 2026)
          --threads N          libtorch CPU threads (default 2)
          --output FOLDER      where results.json and the PNGs go (default ./output/lodestar)
          --help               this text
        """;

    /// <summary>The default run.</summary>
    public static Settings Default { get; } = new([2, 3, 5, 10, 20, 40], 1500, 200, 3000, 8, [2, 5, 10, 20], 8,
        [16, 32], [32, 32, 32], 20, (0, 3), (0.1, 4), 2026, 2, Path.Combine("output", "lodestar"), false);

    /// <summary>Reads the arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The settings.</returns>
    public static Settings Parse(string[] args)
    {
        var settings = Default;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"'{args[i]}' needs a value.");
            int Number() => Positive(int.Parse(Value(), CultureInfo.InvariantCulture), args[i - 1]);
            switch (args[i])
            {
                case "--full": settings = settings with { Levels = [1.5, 2, 3, 5, 7, 10, 15, 20, 40, 80], Steps = 3000, TestImages = 500, CnnImages = 10000, CnnEpochs = 20, Densities = [2, 5, 10, 20, 30], Frames = 32 }; break;
                case "--levels": settings = settings with { Levels = List(Value(), s => double.Parse(s, CultureInfo.InvariantCulture)) }; break;
                case "--steps": settings = settings with { Steps = Number() }; break;
                case "--test-images": settings = settings with { TestImages = Number() }; break;
                case "--cnn-images": settings = settings with { CnnImages = Number() }; break;
                case "--cnn-epochs": settings = settings with { CnnEpochs = Number() }; break;
                case "--densities": settings = settings with { Densities = List(Value(), s => int.Parse(s, CultureInfo.InvariantCulture)) }; break;
                case "--frames": settings = settings with { Frames = Number() }; break;
                case "--channels":
                    var parts = Value().Split('/');
                    if (parts.Length != 2)
                    {
                        throw new ArgumentException($"--channels needs the form A,B/C,D (before / after the pooling); got '{string.Join('/', parts)}'.");
                    }

                    settings = settings with { Before = List(parts[0], s => int.Parse(s, CultureInfo.InvariantCulture)), After = List(parts[1], s => int.Parse(s, CultureInfo.InvariantCulture)) };
                    break;
                case "--crop-snr":
                    string crop = Value();
                    settings = settings with { CropSnr = crop == "test" ? null : double.Parse(crop, CultureInfo.InvariantCulture) };
                    break;
                case "--noise": settings = settings with { Noise = Range(Value(), "--noise") }; break;
                case "--contrast": settings = settings with { Contrast = Range(Value(), "--contrast") }; break;
                case "--orientations":
                    int orientations = int.Parse(Value(), CultureInfo.InvariantCulture);
                    settings = settings with { Orientations = orientations is 1 or 8 ? orientations : throw new ArgumentException($"--orientations must be 8 or 1; got {orientations}.") };
                    break;
                case "--seed": settings = settings with { Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                case "--threads": settings = settings with { Threads = Number() }; break;
                case "--output": settings = settings with { Output = Value() }; break;
                case "--help" or "-h": settings = settings with { Help = true }; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        if (settings.Levels.Any(l => !(l > 0) || !double.IsFinite(l)))
        {
            throw new ArgumentException($"--levels must all be finite and > 0; got {string.Join(',', settings.Levels)}.");
        }

        if (settings.CropSnr is double cropSnr && (!(cropSnr > 0) || !double.IsFinite(cropSnr)))
        {
            throw new ArgumentException($"--crop-snr must be finite and > 0 (or 'test'); got {cropSnr}.");
        }

        if (!(settings.Contrast.Low > 0))
        {
            throw new ArgumentException($"--contrast must be > 0; got {settings.Contrast.Low},{settings.Contrast.High}.");
        }

        if (settings.Densities.Any(d => d < 1) || settings.Before.Any(c => c < 1) || settings.After.Any(c => c < 1))
        {
            throw new ArgumentException("--densities and --channels must be positive integers.");
        }

        return settings;
    }

    private static (double Low, double High) Range(string value, string option)
    {
        var items = List(value, s => double.Parse(s, CultureInfo.InvariantCulture));
        return items.Length == 2 && items[0] >= 0 && items[1] >= items[0] && double.IsFinite(items[1])
            ? (items[0], items[1])
            : throw new ArgumentException($"{option} needs two finite numbers 0 ≤ A ≤ B; got '{value}'.");
    }

    private static int Positive(int value, string option)
        => value >= 1 ? value : throw new ArgumentException($"{option} must be at least 1; got {value}.");

    private static T[] List<T>(string value, Func<string, T> parse)
    {
        var items = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse).ToArray();
        return items.Length > 0 ? items : throw new ArgumentException($"'{value}' is not a comma-separated list.");
    }
}
