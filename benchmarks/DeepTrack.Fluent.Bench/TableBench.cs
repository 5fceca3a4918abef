using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Threading;
using DeepTrack.Fluent.Analysis;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Bench;

/// <summary>
/// The comparison table with DeepTrack 2.0 (docs/performance.md, "Against DeepTrack 2.0"): per case, the time per
/// image on one thread (<c>Sample(i)</c>) and the rate of <c>Generate</c> on all cores, each as the median of several
/// timed batches with their spread, after a warm-up long enough for tiered compilation to reach its final code.
/// DeepTrack 2.0 cannot be run by the project (no Python here); its column holds the medians measured side by side
/// on the project's machine (DeepTrack 2.0 fdeb3e8, numpy 1.24, one thread). Run:
/// dotnet run -c Release --project benchmarks/DeepTrack.Fluent.Bench -- table [warm-up s] [batch s] [batches] [case filter].
/// </summary>
internal static class TableBench
{
    private sealed record Case(string Name, double DeepTrackMs, Func<long, object> Sample, Func<int, long, object>? Generate, long BytesPerSample);

    public static void Run(string[] args)
    {
        double warmUp = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3.0;
        double batchSeconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.5;
        int batches = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 7;
        string filter = args.Length > 4 ? args[4] : "";
        Console.WriteLine($"GC: server {GCSettings.IsServerGC}, concurrent {GCConfiguration("System.GC.Concurrent")}, latency {GCSettings.LatencyMode}, "
            + $"large-object threshold {Environment.GetEnvironmentVariable("DOTNET_GCLOHThreshold") ?? GCConfiguration("System.GC.LOHThreshold")}, generation-0 budget {Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? "default"}; "
            + $"tiered compilation {AppContext.GetData("System.Runtime.TieredCompilation") ?? "default"}, tiered PGO {AppContext.GetData("System.Runtime.TieredPGO") ?? "default"}");
        Console.WriteLine($"warm-up {warmUp} s per case, {batches} batches of about {batchSeconds} s each; spread = (slowest − fastest batch) / 2 / median;"
            + " CPU time is the process's (user + system, all threads), so on a loaded machine it shows what the work costs, and all cores / one thread shows the overhead of parallel generation");
        Console.WriteLine($"before the table, {MachineCeiling.Describe()}");
        Console.WriteLine();
        Console.WriteLine("| case | DT2 ms (reference) | one thread, per image | spread | CPU time per image | ratio to DT2 | allocated per image, one thread | all cores, images/s | spread | all cores / one thread | CPU time per image, all cores / one thread | system share of CPU, all cores | GC pauses, share of the time, all cores | full collections per 1,000 images, all cores | contended lock acquisitions per 1,000 images, all cores |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var item in Cases())
        {
            if (!item.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            Measure(item, warmUp, batchSeconds, batches);
        }

        Console.WriteLine();
        Console.WriteLine($"after the table, {MachineCeiling.Describe()}");
    }

    private static void Measure(Case item, double warmUp, double batchSeconds, int batches)
    {
        long index = 0;
        long started = Stopwatch.GetTimestamp();
        int warmCalls = 0;
        while (Stopwatch.GetElapsedTime(started).TotalSeconds < warmUp)
        {
            item.Sample(index++);
            warmCalls++;
        }

        double estimate = Stopwatch.GetElapsedTime(started).TotalSeconds / warmCalls;
        int perBatch = Math.Max(1, (int)(batchSeconds / estimate));
        var single = new double[batches];
        var singleCpu = new double[batches];
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        long sampled = index;
        var process = Process.GetCurrentProcess();
        for (int b = 0; b < batches; b++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            for (int k = 0; k < perBatch; k++)
            {
                item.Sample(index++);
            }

            single[b] = Stopwatch.GetElapsedTime(start).TotalMilliseconds / perBatch;
            process.Refresh();
            singleCpu[b] = (process.TotalProcessorTime - cpu).TotalMilliseconds / perBatch;
        }

        double bytesPerImage = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)(index - sampled);
        var (singleMedian, singleSpread) = Summary(single);
        var (cpuMedian, _) = Summary(singleCpu);
        string parallel = "– | – | – | – | – | – | – | –";
        if (item.Generate is { } generate)
        {
            // Each batch is one Generate call of about batchSeconds on all cores; its outputs are kept (as a caller
            // would) but capped at 256 MiB per batch.
            int count = (int)Math.Clamp(batchSeconds / singleMedian * 1000 * Environment.ProcessorCount, 16, Math.Max(16, (256L << 20) / item.BytesPerSample));
            long next = 1L << 40;
            generate(count, next);
            next += count;
            var rates = new double[batches];
            var cpuPerImage = new double[batches];
            var systemShare = new double[batches];
            var pauseShare = new double[batches];
            int collections = GC.CollectionCount(2);
            long contentions = Monitor.LockContentionCount;
            for (int b = 0; b < batches; b++)
            {
                process.Refresh();
                var (cpu, system, pause) = (process.TotalProcessorTime, process.PrivilegedProcessorTime, GC.GetTotalPauseDuration());
                long start = Stopwatch.GetTimestamp();
                generate(count, next);
                var elapsed = Stopwatch.GetElapsedTime(start);
                rates[b] = count / elapsed.TotalSeconds;
                pauseShare[b] = (GC.GetTotalPauseDuration() - pause) / elapsed;
                process.Refresh();
                var spent = process.TotalProcessorTime - cpu;
                cpuPerImage[b] = spent.TotalMilliseconds / count;
                systemShare[b] = (process.PrivilegedProcessorTime - system) / spent;
                next += count;
            }

            var (rate, rateSpread) = Summary(rates);
            var (parallelCpu, _) = Summary(cpuPerImage);
            var (share, _) = Summary(systemShare);
            var (paused, _) = Summary(pauseShare);
            double fullCollections = (GC.CollectionCount(2) - collections) * 1000.0 / (count * batches);
            double contended = (Monitor.LockContentionCount - contentions) * 1000.0 / (count * batches);
            parallel = $"{rate:N0} | ±{rateSpread:P0} | {rate * singleMedian / 1000:F2}× | {parallelCpu / cpuMedian:F2}× | {share:P0} | {paused:P0} | {fullCollections:F1} | {contended:F1}";
        }

        string time = singleMedian < 0.1 ? $"{singleMedian * 1000:F2} µs" : $"{singleMedian:F3} ms";
        string cpuTime = cpuMedian < 0.1 ? $"{cpuMedian * 1000:F2} µs" : $"{cpuMedian:F3} ms";
        Console.WriteLine($"| {item.Name} | {item.DeepTrackMs} | {time} | ±{singleSpread:P0} | {cpuTime} | {item.DeepTrackMs / singleMedian:F0}× | {Bytes(bytesPerImage)} | {parallel} |");
    }

    private static string Bytes(double bytes) => bytes < 1 << 20 ? $"{bytes / 1024:N0} KiB" : $"{bytes / (1 << 20):N1} MiB";

    private static (double Median, double Spread) Summary(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        double median = sorted[sorted.Length / 2];
        return (median, (sorted[^1] - sorted[0]) / 2 / median);
    }

    private static string GCConfiguration(string name) => AppContext.GetData(name)?.ToString() ?? "default";

    private static IEnumerable<Case> Cases()
    {
        foreach (var (particles, size, deepTrack) in new[] { (1, 128, 6.45), (10, 128, 15.7), (100, 128, 110.0), (10, 256, 29.0), (10, 512, 63.6) })
        {
            var pipeline = Fluorescence(particles, size).Build(seed: 1);
            yield return new Case($"fluorescence {size}², N={particles} + Poisson", deepTrack, i => pipeline.Sample(i), (n, s) => pipeline.Generate(n, s), size * size * 8L);
        }

        foreach (var (size, deepTrack) in new[] { (64, 6.90), (128, 20.1) })
        {
            var pipeline = Brightfield(size).Build(seed: 1);
            yield return new Case($"brightfield + MieSphere {size}²", deepTrack, i => pipeline.Sample(i), (n, s) => pipeline.Generate(n, s), size * size * 8L);
        }

        var spot = RadialCenterImage(51);
        yield return new Case("radial center 51×51", 0.158, _ => RadialCenter.Locate(spot, 51, 51), null, 0);

        Feature<NoInput, double> chain = Feature.Constant(0.0);
        for (int k = 0; k < 10; k++)
        {
            chain = chain >> new Increment().WithStep(Distribution.Uniform(0, 1));
        }

        var chainPipeline = chain.Build(seed: 1);
        yield return new Case("chain of 10 random trivial features", 0.864, i => chainPipeline.Sample(i), (n, s) => chainPipeline.Generate(n, s), 8);
    }

    /// <summary>The fluorescence pipeline of the table: N point particles (intensity 100, uniform positions, z = 0), NA 0.7, 660 nm, 100 nm pixels, padding 10, Poisson noise (SNR 30).</summary>
    public static Feature<IReadOnlyList<SampleObject>, Image<double>> Fluorescence(int particles, int size)
    {
        var particle = new PointParticle()
            .WithPosition(Distribution.UniformPosition(0, size, 0, size))
            .WithIntensity(100);
        var optics = new Fluorescence().WithOutputRegion(PixelRegion.Square(size));
        return (particle ^ particles) >> optics >> new PoissonNoise().WithSnr(30);
    }

    /// <summary>The brightfield pipeline of the table: one MieSphere (r 0.5 µm, n 1.45 in water) near the centre, NA 0.9, 633 nm, 100 nm pixels, padding half the size.</summary>
    public static Feature<IReadOnlyList<SampleObject>, Image<double>> Brightfield(int size)
    {
        var sphere = new Physics.Mie.MieSphere()
            .WithRadius(0.5.Micrometers())
            .WithRefractiveIndex(1.45)
            .WithPosition(Distribution.UniformPosition(size / 2 - 5, size / 2 + 5, size / 2 - 5, size / 2 + 5));
        var optics = new Brightfield()
            .WithNA(0.9)
            .WithWavelength(633.Nanometers())
            .WithMagnification(10)
            .WithCameraPixelPitch(1.Micrometers())
            .WithRefractiveIndexMedium(1.33)
            .WithPadding(size / 2)
            .WithOutputRegion(PixelRegion.Square(size));
        return sphere >> optics;
    }

    /// <summary>A Gaussian spot (σ 3 px) off centre on a 51×51 image with a faint deterministic texture, as located by radial center.</summary>
    private static double[] RadialCenterImage(int size)
    {
        var image = new double[size * size];
        for (int r = 0; r < size; r++)
        {
            for (int c = 0; c < size; c++)
            {
                double dx = c - 25.37, dy = r - 24.12;
                image[r * size + c] = Math.Exp(-(dx * dx + dy * dy) / 18) + 0.01 * Math.Sin(r * 1.3 + c * 0.7);
            }
        }

        return image;
    }
}
