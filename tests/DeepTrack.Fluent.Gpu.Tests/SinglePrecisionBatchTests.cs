using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Gpu.Tests;

/// <summary>A device in <see cref="GpuPrecision.Single"/> against the managed path (double), image by image, on ILGPU's CPU simulator.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class SinglePrecisionBatchTests(SimulatorFixture fixture)
{
    private const int Size = 24;

    /// <summary>The documented tolerance of float32 optics, relative to the managed image's peak.</summary>
    private const double Tolerance = 1e-5;

    public static TheoryData<string> Pipelines => new()
    {
        "points, upscale 2",
        "voxel spheres",
        nameof(Brightfield),
        nameof(Darkfield),
        nameof(Holography),
        nameof(Iscat),
    };

    private static Feature<IReadOnlyList<SampleObject>, Image<double>> Pipeline(string name)
    {
        var mie = new MieSphere()
            .WithRadius(0.4.Micrometers())
            .WithRefractiveIndex(1.45)
            .WithPosition(Distribution.UniformPosition(2, Size - 2, 2, Size - 2))
            .WithZ(Distribution.Uniform(-4, 4)) ^ 2;
        CoherentOptics Coherent(CoherentOptics optics) => (CoherentOptics)optics.WithNA(0.9).WithOutputRegion(PixelRegion.Square(Size)).WithPadding(4);
        return name switch
        {
            "points, upscale 2" => (new PointParticle()
                    .WithPosition(Distribution.UniformPosition(-2, Size + 2, -2, Size + 2))
                    .WithZ(Distribution.Uniform(-3, 3))
                    .WithIntensity(Distribution.Uniform(50, 150)) ^ 4)
                >> new Fluorescence().WithOutputRegion(PixelRegion.Square(Size)).WithPadding(4).WithUpscale(2),
            "voxel spheres" => (new Sphere().WithRadius(0.4.Micrometers()).WithPosition(Distribution.UniformPosition(4, Size - 4, 4, Size - 4)).WithZ(Distribution.Uniform(-2, 2)) ^ 2)
                >> new Fluorescence().WithOutputRegion(PixelRegion.Square(Size)).WithPadding(4),
            nameof(Brightfield) => mie >> Coherent(new Brightfield()),
            nameof(Darkfield) => mie >> Coherent(new Darkfield()),
            nameof(Holography) => mie >> Coherent(new Holography()),
            _ => mie >> Coherent(new Iscat()),
        };
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void Float32ImagesAreWithinTheDocumentedToleranceOfTheManagedPath(string pipeline)
    {
        double worst = BatchComparison.AssertSameImages(Pipeline(pipeline), seed: 9, count: 2, fixture.SingleDevice, Tolerance);

        // Far from double's rounding: the kernels really ran in float32.
        Assert.True(worst > 1e-10, $"{pipeline}: the largest difference is {worst:G3} of the peak, double precision's rounding, not float32's");
    }

    [Fact]
    public void Float32NoiseIsTheSameForAnyBatchSize()
    {
        var pipeline = (Pipeline("points, upscale 2") >> new PoissonNoise().WithSnr(20)).Build(seed: 3, new SimulationEnvironment().WithGpu(fixture.SingleDevice));
        var whole = pipeline.GenerateBatch(3, start: 10);
        var last = pipeline.GenerateBatch(1, start: 12);
        Assert.True(whole[2].AsReadOnlySpan().SequenceEqual(last[0].AsReadOnlySpan()), "sample 12 differs between batch sizes");
        Assert.Equal(GpuPrecision.Single, fixture.SingleDevice.Precision);
    }
}
