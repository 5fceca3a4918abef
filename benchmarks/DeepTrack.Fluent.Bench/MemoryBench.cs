using System;
using System.Collections.Generic;
using System.Diagnostics;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Bench;

/// <summary>
/// Resident memory while generating long runs of images whose optics are drawn per sample (every image needs new
/// pupils, PSFs or Mie tables): the environment's cache must keep memory flat. Run:
/// dotnet run -c Release --project benchmarks/DeepTrack.Fluent.Bench -- memory [images per pipeline] [checkpoints].
/// </summary>
internal static class MemoryBench
{
    public static void Run(int images, int checkpoints)
    {
        Console.WriteLine();
        Console.WriteLine($"Memory over {images:N0} images per pipeline (32×32, generated in parallel batches of 256, default cache budget {SimulationEnvironment.DefaultCacheBudgetBytes >> 20} MiB)");
        foreach (var (name, feature) in Pipelines())
        {
            Console.WriteLine();
            Console.WriteLine(name);
            Console.WriteLine("| images | resident MiB (peak so far) | resident after an aggressive collection, MiB | managed heap, MiB | cache MiB (peak) | cache entries | evictions | images/s |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
            var pipeline = feature.Build(seed: 1);
            int every = images / checkpoints, done = 0;
            long started = Stopwatch.GetTimestamp(), lap = started;
            foreach (var image in pipeline.Stream(batchSize: 256))
            {
                if (++done % every != 0)
                {
                    continue;
                }

                // Measured after a full collection, so that the figures do not depend on when the last one ran.
                double heap = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
                var process = Process.GetCurrentProcess();
                double resident = process.WorkingSet64 / 1048576.0, peak = process.PeakWorkingSet64 / 1048576.0;

                // An aggressive collection also returns the free parts of the heap to the system, so this figure is what
                // the process holds, independent of when the collector would have decommitted memory on its own.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                process.Refresh();
                double held = process.WorkingSet64 / 1048576.0;
                var cache = pipeline.Environment.Cache.Statistics;
                double rate = every / Stopwatch.GetElapsedTime(lap).TotalSeconds;
                Console.WriteLine($"| {done:N0} | {resident:F0} ({peak:F0}) | {held:F0} | {heap:F0} | {cache.BytesInUse / 1048576.0:F0} ({cache.PeakBytesInUse / 1048576.0:F0}) | {cache.Entries:N0} | {cache.Evictions:N0} | {rate:F0} |");
                lap = Stopwatch.GetTimestamp();
                if (done >= images)
                {
                    break;
                }
            }

            Console.WriteLine($"total {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
        }
    }

    private static IEnumerable<(string Name, Feature<IReadOnlyList<SampleObject>, Image<double>> Feature)> Pipelines()
    {
        var sphere = new MieSphere().WithRadius(0.4.Micrometers()).WithRefractiveIndex(1.45).WithPosition(Distribution.UniformPosition(10, 22, 10, 22));
        var brightfield = new Brightfield().WithPadding(8).WithOutputRegion(PixelRegion.Square(32));
        yield return ("Brightfield, MieSphere, NA uniform in [0.5, 0.9]", sphere >> brightfield.WithNA(Distribution.Uniform(0.5, 0.9)));
        yield return ("Brightfield, MieSphere, defocus and coma coefficients uniform in [−1, 1] rad",
            sphere >> brightfield.WithPupil(Zernike.Defocus(0).WithCoefficient(Distribution.Uniform(-1, 1)) >> Zernike.HorizontalComa(0).WithCoefficient(Distribution.Uniform(-1, 1))));

        var particle = new PointParticle().WithPosition(Distribution.UniformPosition(4, 28, 4, 28)).WithIntensity(100);
        var fluorescence = new Fluorescence().WithPadding(8).WithOutputRegion(PixelRegion.Square(32)).WithPupil(Zernike.Defocus(0).WithCoefficient(Distribution.Uniform(-2, 2)));
        yield return ("Fluorescence, 5 point particles, defocus coefficient uniform in [−2, 2] rad", (particle ^ 5) >> fluorescence);
    }
}
