using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Benchmarks;

/// <summary>
/// Brightfield image of one Mie sphere (r 0.5 µm, n 1.45 in water, NA 0.9, λ 633 nm, 100 nm pixels), a new
/// position every sample (DeepTrack 2.0 medians here: 64² 10.2 ms, 128² 17.1 ms), with the exact angular spectrum
/// (the default) and with DeepTrack 2.0's sampling plane.
/// </summary>
[MemoryDiagnoser]
public class MieImageBenchmarks
{
    private Pipeline<IReadOnlyList<SampleObject>, Image<double>> pipeline = null!;

    /// <summary>The output size.</summary>
    [Params(64, 128)]
    public int Size { get; set; }

    /// <summary>How the far field becomes a spectrum.</summary>
    [Params(MieSampling.AngularSpectrum, MieSampling.DeepTrack2Plane)]
    public MieSampling Sampling { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sphere = new MieSphere()
            .WithRadius(0.5.Micrometers())
            .WithRefractiveIndex(1.45)
            .WithSampling(Sampling)
            .WithPosition(Distribution.UniformPosition(Size / 2 - 5, Size / 2 + 5, Size / 2 - 5, Size / 2 + 5));
        var optics = new Brightfield()
            .WithNA(0.9)
            .WithWavelength(633.Nanometers())
            .WithMagnification(10)
            .WithCameraPixelPitch(1.Micrometers())
            .WithRefractiveIndexMedium(1.33)
            .WithPadding(Size / 2)
            .WithOutputRegion(PixelRegion.Square(Size));
        pipeline = (sphere >> optics).Build(seed: 1);
        pipeline.Resolve();
    }

    /// <summary>One new image.</summary>
    /// <returns>The image.</returns>
    [Benchmark]
    public Image<double> Image() => pipeline.Update().Resolve();
}
