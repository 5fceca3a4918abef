using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Analysis;
using GettingStarted;

// One particle on a 51×51 image: random sub-pixel position, size and brightness; background and noise.
var spot = new GaussianSpot()
    .WithPosition(Distribution.UniformPosition(15, 36, 15, 36))
    .WithSigma(Distribution.Uniform(1.5, 3))
    .WithIntensity(Distribution.Uniform(0.7, 1.3));
var camera = new Camera().WithSignalToNoise(Distribution.LogNormal(Math.Log(8), 0.8));
var pipeline = (spot >> camera).Build(seed: 2026);

// Generate on all cores, and check that one thread gives the very same images.
const int count = 4000;
var clock = Stopwatch.StartNew();
var images = pipeline.Generate(count);
double parallelSeconds = clock.Elapsed.TotalSeconds;
clock.Restart();
var sequential = pipeline.Generate(count, maxDegreeOfParallelism: 1);
double sequentialSeconds = clock.Elapsed.TotalSeconds;
bool identical = Hash(images) == Hash(sequential);

Console.WriteLine($"Simulated {count} images of 51×51 in {parallelSeconds:F2} s on {Environment.ProcessorCount} cores " +
    $"({count / parallelSeconds:F0} images/s; one thread: {count / sequentialSeconds:F0} images/s). Same images with one thread: {identical}.");

// Ground truth comes from the pipeline itself: compare two localisers with the exact positions, by SNR.
var bins = new[] { 2.0, 4.0, 8.0, 16.0, 32.0, double.PositiveInfinity };
var rows = images
    .Select(image => new
    {
        Truth = image.Get(spot, s => s.Position).Single(),
        Snr = image.Get(camera, c => c.SignalToNoise).Single(),
        Radial = RadialCenter.Locate(image.AsReadOnlySpan(), image.Height, image.Width),
        Centroid = Centroid.Locate(image.AsReadOnlySpan(), image.Height, image.Width),
    })
    .ToArray();

Console.WriteLine();
Console.WriteLine("SNR range        images   radial center: error (px), not found   centroid: error (px), not found");
var report = new System.Collections.Generic.List<object>();
for (int b = 0; b + 1 < bins.Length; b++)
{
    var inBin = rows.Where(r => r.Snr >= bins[b] && r.Snr < bins[b + 1]).ToArray();
    if (inBin.Length == 0)
    {
        continue;
    }

    var (radial, radialMissed) = MeanError(inBin.Select(r => Distance(r.Radial, r.Truth)));
    var (centroid, centroidMissed) = MeanError(inBin.Select(r => Distance(r.Centroid, r.Truth)));
    string range = double.IsInfinity(bins[b + 1]) ? $"≥ {bins[b]:G3}" : $"{bins[b]:G3} – {bins[b + 1]:G3}";
    Console.WriteLine($"{range,-16} {inBin.Length,6}   {Format(radial),22} {radialMissed,10}   {Format(centroid),17} {centroidMissed,10}");
    report.Add(new
    {
        snrFrom = bins[b],
        snrTo = double.IsInfinity(bins[b + 1]) ? (double?)null : bins[b + 1],
        images = inBin.Length,
        radialCenterError = radial,
        radialCenterNotFound = radialMissed,
        centroidError = centroid,
        centroidNotFound = centroidMissed,
    });
}

string output = Path.Combine(Environment.CurrentDirectory, "output", "getting-started");
Directory.CreateDirectory(output);
string path = Path.Combine(output, "report.json");
File.WriteAllText(path, JsonSerializer.Serialize(
    new { images = count, seconds = parallelSeconds, imagesPerSecond = count / parallelSeconds, identicalWithOneThread = identical, bySnr = report },
    new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine();
Console.WriteLine($"Report written to {path}");
return identical ? 0 : 1;

static double Distance(SubpixelLocation found, PixelPosition truth)
    => Math.Sqrt(Math.Pow(found.X - truth.Column, 2) + Math.Pow(found.Y - truth.Row, 2));

static (double? Mean, int Missed) MeanError(System.Collections.Generic.IEnumerable<double> errors)
{
    var all = errors.ToArray();
    var found = all.Where(double.IsFinite).ToArray();
    return (found.Length > 0 ? found.Average() : null, all.Length - found.Length);
}

static string Format(double? value) => value is { } v ? v.ToString("F3", System.Globalization.CultureInfo.InvariantCulture) : "n/a";

static string Hash(Image<double>[] images)
{
    using var sha = SHA256.Create();
    foreach (var image in images)
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(image.AsReadOnlySpan()).ToArray();
        sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
    }

    sha.TransformFinalBlock([], 0, 0);
    return Convert.ToHexString(sha.Hash!);
}
