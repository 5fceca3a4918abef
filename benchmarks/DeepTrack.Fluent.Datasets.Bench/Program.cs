using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Datasets.Export;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;

// Export throughput: samples/s and MB/s of every format, on one thread and on all cores, with the share of the time
// spent simulating and writing (encoding, files, SHA-256), all in one run so that the ratios compare.
// Each case runs three times and the fastest run is reported (the machine is shared; slower runs were interrupted).
// Run: dotnet run -c Release --project benchmarks/DeepTrack.Fluent.Datasets.Bench [-- samples]
int count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}; {count} samples per case, 250 per file, float64 pixels");

var particle = new PointParticle()
    .WithPosition(Distribution.UniformPosition(8, 56, 8, 56))
    .WithIntensity(Distribution.Uniform(50, 150));
var fluorescence = ((particle ^ Distribution.UniformInt(1, 4))
    >> new Fluorescence().WithNA(0.8).WithWavelength(680.Nanometers()).WithOutputRegion(PixelRegion.Square(64))
    >> new Background().WithLevel(5)
    >> new PoissonNoise().WithSnr(Distribution.Uniform(5, 30)).WithBackground(5)).Build(seed: 1);
var noise = (Feature.Constant(NoInput.Value) >> Feature.Lambda<NoInput, Image<double>>(_ => new Image<double>(128, 128))
    >> new GaussianNoise().WithSigma(Distribution.Uniform(0.5, 2))).Build(seed: 2);

string root = Path.Combine(Path.GetTempPath(), "dtf-export-bench-" + Guid.NewGuid().ToString("N"));
try
{
    Measure("fluorescence, 1–3 point particles, 64² (simulation-bound)", DatasetSource.Images("spots", fluorescence));
    Measure("Gaussian noise, 128² (writing-bound)", DatasetSource.Images("noise", noise));
}
finally
{
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
}

void Measure(string title, DatasetSource<Image<double>> source)
{
    Console.WriteLine();
    Console.WriteLine(title);
    Console.WriteLine("| format | threads | samples/s | MB/s | simulating | writing | generation alone, samples/s |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
    foreach (int threads in new[] { 1, Environment.ProcessorCount })
    {
        // Warm-up (JIT, caches, the pool of FFT plans), then generation alone as the reference.
        source.Generate(10_000_000, Math.Min(count, 200), threads);
        double alone = Enumerable.Range(0, 3).Max(_ =>
        {
            long start = Stopwatch.GetTimestamp();
            source.Generate(20_000_000, count, threads);
            return count / Stopwatch.GetElapsedTime(start).TotalSeconds;
        });
        foreach (var format in Enum.GetValues<DatasetFormat>())
        {
            string folder = Path.Combine(root, $"{source.Name}-{format}-{threads}");
            var report = Enumerable.Range(0, 3).Select(_ =>
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                return DatasetExporter.Export(source, new ExportOptions
                {
                    OutputDirectory = folder,
                    Format = format,
                    Count = count,
                    SamplesPerFile = 250,
                    MaxDegreeOfParallelism = threads,
                });
            }).MinBy(r => r.Elapsed)!;
            double seconds = report.Elapsed.TotalSeconds;
            double busy = (report.SimulationTime + report.WritingTime).TotalSeconds;
            Console.WriteLine(
                $"| {ExportPlan.FormatName(format)} | {threads} | {count / seconds:F0} | {report.BytesWritten / 1e6 / seconds:F1} | " +
                $"{100 * report.SimulationTime.TotalSeconds / busy:F0}% | {100 * report.WritingTime.TotalSeconds / busy:F0}% | {alone:F0} |");
            Directory.Delete(folder, recursive: true);
        }
    }
}
