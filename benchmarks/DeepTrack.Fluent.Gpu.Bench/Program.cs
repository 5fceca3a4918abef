using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Gpu.Bench;

/// <summary>
/// Images per second of the managed CPU path (Generate, all cores) and of the GPU path (GenerateBatch) for the cases
/// of docs/performance.md, with the largest difference between the two on the noiseless images. Usage:
/// DeepTrack.Fluent.Gpu.Bench [--cpu-simulator] [--single] [--batch B] [--seconds S] [--case TEXT] (only the cases whose name contains TEXT; --single: the optics' kernels in float32). Without --cpu-simulator it needs a CUDA or
/// OpenCL device; with it, the kernels run on ILGPU's CPU simulator (slow: it shows the path works, not its speed).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        bool simulator = args.Contains("--cpu-simulator");
        int batch = Option(args, "--batch", simulator ? 8 : 256);
        double seconds = Option(args, "--seconds", simulator ? 2 : 3);
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {Environment.OSVersion}");

        // The CPU path is timed before any device exists: the CPU simulator's worker threads would compete with it.
        int at = Array.IndexOf(args, "--case");
        string only = at >= 0 && at + 1 < args.Length ? args[at + 1] : string.Empty;
        var cases = Cases().Where(c => c.Name.Contains(only, StringComparison.Ordinal)).ToList();
        var cpuRates = cases.Select(c => CpuRate(c.Noisy, batch, seconds)).ToList();
        var precision = args.Contains("--single") ? GpuPrecision.Single : GpuPrecision.Double;
        GpuDevice? device = simulator ? GpuDevice.CreateCpuSimulator(precision) : GpuDevice.TryCreate(precision);
        if (device is null)
        {
            for (int i = 0; i < cases.Count; i++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cases[i].Name}: CPU path {cpuRates[i]:F1} images/s"));
            }

            Console.Error.WriteLine("No CUDA or OpenCL (double precision) device found. Run with --cpu-simulator to check the kernels on ILGPU's CPU simulator.");
            return 2;
        }

        using (device)
        {
            Console.WriteLine($"device: {device.Name}; precision {device.Precision}; batch {batch}");
            Console.WriteLine();
            Console.WriteLine("| case | CPU path (managed, all cores) images/s | GPU path images/s | GPU / CPU | max |GPU − CPU| / peak, noiseless |");
            Console.WriteLine("|---|---|---|---|---|");
            for (int i = 0; i < cases.Count; i++)
            {
                var (name, noisy, clean) = cases[i];
                var gpu = noisy.Build(seed: 1, new SimulationEnvironment().WithGpu(device));
                double gpuRate = Rate(start => gpu.GenerateBatch(batch, start), batch, seconds);
                double difference = MaxDifference(clean, device, Math.Min(batch, 4));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {cpuRates[i]:F1} | {gpuRate:F1} | {gpuRate / cpuRates[i]:F2}× | {difference:G2} |"));
            }
        }

        return 0;
    }

    private static IEnumerable<(string Name, Feature<IReadOnlyList<SampleObject>, Image<double>> Noisy, Feature<IReadOnlyList<SampleObject>, Image<double>> Clean)> Cases()
    {
        foreach (int size in new[] { 128, 512 })
        {
            var particle = new PointParticle().WithPosition(Distribution.UniformPosition(0, size, 0, size)).WithIntensity(100);
            var optics = new Fluorescence().WithOutputRegion(PixelRegion.Square(size));
            yield return ($"fluorescence {size}², N = 10 points + Poisson", (particle ^ 10) >> optics >> new PoissonNoise().WithSnr(30), (particle ^ 10) >> optics);
        }

        var sphere = new Sphere().WithRadius(0.5.Micrometers()).WithPosition(Distribution.UniformPosition(0, 128, 0, 128));
        var sphereOptics = new Fluorescence().WithOutputRegion(PixelRegion.Square(128));
        yield return ("fluorescence 128², 5 voxel spheres (r 0.5 µm) + Poisson", (sphere ^ 5) >> sphereOptics >> new PoissonNoise().WithSnr(30), (sphere ^ 5) >> sphereOptics);

        // The Mie benchmark's case (benchmarks/DeepTrack.Fluent.Benchmarks/MieImageBenchmarks.cs), noiseless.
        var mie = new MieSphere()
            .WithRadius(0.5.Micrometers())
            .WithRefractiveIndex(1.45)
            .WithPosition(Distribution.UniformPosition(59, 69, 59, 69));
        var brightfield = new Brightfield()
            .WithNA(0.9)
            .WithWavelength(633.Nanometers())
            .WithRefractiveIndexMedium(1.33)
            .WithPadding(64)
            .WithOutputRegion(PixelRegion.Square(128));
        yield return ("brightfield 128², one MieSphere (r 0.5 µm, n 1.45, NA 0.9)", mie >> brightfield, mie >> brightfield);
    }

    /// <summary>Images per second of the managed path, at least 64 images per call so that all cores stay busy.</summary>
    private static double CpuRate(Feature<IReadOnlyList<SampleObject>, Image<double>> noisy, int batch, double seconds)
    {
        var cpu = noisy.Build(seed: 1);
        int count = Math.Max(batch, 64);
        return Rate(start => cpu.Generate(count, start), count, seconds);
    }

    /// <summary>The largest |GPU − CPU| over the peak of each noiseless image, over <paramref name="count"/> samples.</summary>
    private static double MaxDifference(Feature<IReadOnlyList<SampleObject>, Image<double>> clean, GpuDevice device, int count)
    {
        var expected = clean.Build(seed: 2).Generate(count);
        var actual = clean.Build(seed: 2, new SimulationEnvironment().WithGpu(device)).GenerateBatch(count);
        double worst = 0;
        for (int i = 0; i < count; i++)
        {
            var e = expected[i].AsReadOnlySpan();
            var a = actual[i].AsReadOnlySpan();
            double peak = 0, difference = 0;
            for (int k = 0; k < e.Length; k++)
            {
                peak = Math.Max(peak, Math.Abs(e[k]));
                difference = Math.Max(difference, Math.Abs(e[k] - a[k]));
            }

            worst = Math.Max(worst, difference / peak);
        }

        return worst;
    }

    /// <summary>Images per second: one warm-up batch, then batches until <paramref name="seconds"/> have passed.</summary>
    private static double Rate(Func<long, Image<double>[]> generate, int batch, double seconds)
    {
        long next = 1_000_000;
        generate(next);
        next += batch;
        int images = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            images += generate(next).Length;
            next += batch;
        }
        while (clock.Elapsed.TotalSeconds < seconds);
        return images / clock.Elapsed.TotalSeconds;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
