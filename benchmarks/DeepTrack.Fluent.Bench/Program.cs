using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Numerics;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Fft;

namespace DeepTrack.Fluent.Bench;

/// <summary>
/// Times the physics pipelines that DeepTrack 2.0 was timed on (its medians on this machine type are constants
/// below) and the 2-D FFTs; results go to docs/performance.md. Run: dotnet run -c Release --project benchmarks/DeepTrack.Fluent.Bench
/// [fft | pipelines | table [warm-up s] [batch s] [batches] [case filter] | memory [images] [checkpoints]] (default: fft and pipelines).
/// </summary>
public static class Program
{
    private static readonly (int Particles, int Size, double DeepTrackMs)[] Cases =
    [
        (1, 128, 12.3), (10, 128, 19.9), (100, 128, 134), (10, 256, 41.7), (10, 512, 110),
    ];

    public static void Main(string[] args)
    {
        string mode = args.Length > 0 ? args[0] : "all";
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, FFT backend: {new SimulationEnvironment().Fft.Name}");
        if (mode is "fft" or "all")
        {
            FftTimings();
        }

        if (mode is "pipelines" or "all")
        {
            PipelineTimings();
        }

        if (mode is "table")
        {
            TableBench.Run(args);
        }

        if (mode is "memory")
        {
            MemoryBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
        }
    }

    private static Feature<IReadOnlyList<SampleObject>, Image<double>> Pipeline(int particles, int size, bool randomZ)
    {
        var particle = new PointParticle()
            .WithPosition(Distribution.UniformPosition(0, size, 0, size))
            .WithZ(randomZ ? Distribution.Uniform(-5, 5) : Distribution.Uniform(0, 0))
            .WithIntensity(100);
        var optics = new Fluorescence().WithOutputRegion(PixelRegion.Square(size));
        return (particle ^ particles) >> optics >> new PoissonNoise().WithSnr(30);
    }

    private static void PipelineTimings()
    {
        Console.WriteLine();
        Console.WriteLine("Fluorescence (NA 0.7, 660 nm, 100 nm pixels, padding 10), N point particles, Poisson noise");
        Console.WriteLine("| N | size | DeepTrack 2.0 median | one thread: median per image | speed-up | all cores: images/s | speed-up (throughput) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        var perImage = new Dictionary<(int, int), double>();
        foreach (var (particles, size, deepTrack) in Cases)
        {
            var pipeline = Pipeline(particles, size, randomZ: false).Build(seed: 1);
            long index = 0;
            double median = Median(() => pipeline.Sample(index++), size >= 512 ? 60 : 300);
            perImage[(particles, size)] = median;
            int count = size >= 512 ? 200 : 1000;
            // Warm-up of the same size: the first batch of large images also pays for the process's fresh memory.
            pipeline.Generate(count, start: 1_000_000);
            long start = Stopwatch.GetTimestamp();
            pipeline.Generate(count, start: 2_000_000);
            double perSecond = count / Stopwatch.GetElapsedTime(start).TotalSeconds;
            Console.WriteLine($"| {particles} | {size}² | {deepTrack} ms | {median:F3} ms | {deepTrack / median:F0}× | {perSecond:F0} | {perSecond * deepTrack / 1000:F0}× |");
        }

        double perParticle = (perImage[(100, 128)] - perImage[(1, 128)]) / 99;
        Console.WriteLine($"cost per extra particle at 128²: {perParticle * 1000:F1} µs (DeepTrack 2.0: {(134 - 12.3) / 99 * 1000:F0} µs)");

        var randomZ = Pipeline(10, 128, randomZ: true).Build(seed: 2);
        long i = 0;
        Console.WriteLine($"N = 10 at 128² with z uniform in [−5, 5] px (10 planes): {Median(() => randomZ.Sample(i++), 300):F3} ms per image, one thread");

        var sphere = new Sphere().WithRadius(0.5.Micrometers()).WithPosition(Distribution.UniformPosition(0, 128, 0, 128));
        var spheres = ((sphere ^ 5) >> new Fluorescence().WithOutputRegion(PixelRegion.Square(128))).Build(seed: 3);
        long j = 0;
        Console.WriteLine($"5 spheres (r 0.5 µm, 10 planes each) at 128²: {Median(() => spheres.Sample(j++), 60):F3} ms per image, one thread");
    }

    private static void FftTimings()
    {
        Console.WriteLine();
        Console.WriteLine("2-D complex forward FFT, one thread, median");
        Console.WriteLine("| size | managed backend (this library) | MathNet.Numerics 5.0 (rows then columns) |");
        Console.WriteLine("|---|---|---|");
        foreach (int size in new[] { 96, 128, 162, 256, 512 })
        {
            var data = new Complex[size * size];
            for (int k = 0; k < data.Length; k++)
            {
                data[k] = new Complex(k % 7, k % 3);
            }

            int repetitions = size >= 512 ? 40 : 300;
            var backend = new ManagedFftBackend();
            double managed = Median(() => backend.Forward(data, size, size), repetitions);
            var row = new Complex[size];
            var column = new Complex[size];
            double mathNet = Median(() => MathNetForward(data, size, row, column), size == 162 ? 10 : repetitions);
            Console.WriteLine($"| {size}² | {managed:F3} ms | {mathNet:F3} ms |");
        }
    }

    private static void MathNetForward(Complex[] data, int size, Complex[] row, Complex[] column)
    {
        for (int r = 0; r < size; r++)
        {
            Array.Copy(data, r * size, row, 0, size);
            MathNet.Numerics.IntegralTransforms.Fourier.Forward(row, MathNet.Numerics.IntegralTransforms.FourierOptions.NoScaling);
            Array.Copy(row, 0, data, r * size, size);
        }

        for (int c = 0; c < size; c++)
        {
            for (int r = 0; r < size; r++)
            {
                column[r] = data[r * size + c];
            }

            MathNet.Numerics.IntegralTransforms.Fourier.Forward(column, MathNet.Numerics.IntegralTransforms.FourierOptions.NoScaling);
            for (int r = 0; r < size; r++)
            {
                data[r * size + c] = column[r];
            }
        }
    }

    private static double Median(Action action, int repetitions)
    {
        long warm = Stopwatch.GetTimestamp();
        for (int k = 0; k < Math.Max(5, repetitions / 10) || Stopwatch.GetElapsedTime(warm).TotalMilliseconds < 500; k++)
        {
            action();
        }

        var times = new double[repetitions];
        for (int k = 0; k < repetitions; k++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            times[k] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return times[repetitions / 2];
    }
}
