using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Gpu.Tests;

/// <summary>The device's batches against the managed path, image by image, on ILGPU's CPU simulator.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class FluorescenceBatchTests(SimulatorFixture fixture)
{
    private const int Size = 24;

    private static Feature<IReadOnlyList<SampleObject>, IReadOnlyList<SampleObject>> Points(int count, bool randomZ)
        => new PointParticle()
            .WithPosition(Distribution.UniformPosition(-2, Size + 2, -2, Size + 2))
            .WithZ(randomZ ? Distribution.Uniform(-3, 3) : Distribution.Uniform(0, 0))
            .WithIntensity(Distribution.Uniform(50, 150)) ^ count;

    private static Fluorescence Optics(int upscale = 1)
        => new Fluorescence().WithOutputRegion(PixelRegion.Square(Size)).WithPadding(4).WithUpscale(upscale);

    [Theory]
    [InlineData(1, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    public void NoiselessPointParticlesEqualTheManagedPath(int upscale, bool randomZ)
        => AssertSameImages(Points(4, randomZ) >> Optics(upscale), seed: 11, count: 3);

    [Fact]
    public void VoxelSpheresConvolvedByFftEqualTheManagedPath()
    {
        var sphere = new Sphere().WithRadius(0.4.Micrometers()).WithPosition(Distribution.UniformPosition(4, Size - 4, 4, Size - 4)).WithZ(Distribution.Uniform(-2, 2));
        AssertSameImages((sphere ^ 2) >> Optics(), seed: 5, count: 2);
    }

    [Fact]
    public void NoisyBatchesAreTheSameForAnyBatchSize()
    {
        var pipeline = (Points(3, randomZ: false) >> Optics() >> new PoissonNoise().WithSnr(20) >> new GaussianNoise().WithSigma(0.05))
            .Build(seed: 3, new SimulationEnvironment().WithGpu(fixture.Device));
        var whole = pipeline.GenerateBatch(4, start: 10);
        var parts = pipeline.GenerateBatch(1, start: 12).Concat(pipeline.GenerateBatch(2, start: 10)).Concat(pipeline.GenerateBatch(1, start: 13)).ToArray();
        Image<double>[] reordered = [parts[1], parts[2], parts[0], parts[3]];
        for (int i = 0; i < whole.Length; i++)
        {
            Assert.True(whole[i].AsReadOnlySpan().SequenceEqual(reordered[i].AsReadOnlySpan()), $"sample {10 + i} differs between batch sizes");
        }

        var again = (Points(3, randomZ: false) >> Optics() >> new PoissonNoise().WithSnr(20) >> new GaussianNoise().WithSigma(0.05))
            .Build(seed: 4, new SimulationEnvironment().WithGpu(fixture.Device)).GenerateBatch(1, start: 10);
        Assert.False(whole[0].AsReadOnlySpan().SequenceEqual(again[0].AsReadOnlySpan()), "another seed gave the same noisy image");
    }

    [Fact]
    public void GroundTruthIsTheManagedPathsTruth()
    {
        var particle = new PointParticle().WithPosition(Distribution.UniformPosition(0, Size, 0, Size)).WithZ(Distribution.Uniform(-3, 3));
        var feature = (particle ^ 3) >> Optics() >> new PoissonNoise().WithSnr(20);
        var cpu = feature.Build(seed: 8).Generate(2);
        var gpu = feature.Build(seed: 8, new SimulationEnvironment().WithGpu(fixture.Device)).GenerateBatch(2);
        for (int i = 0; i < cpu.Length; i++)
        {
            Assert.Equal(cpu[i].Truth.Entries.Count, gpu[i].Truth.Entries.Count);
            Assert.Equal(cpu[i].Truth.Entries.Select(e => e.Feature.Name), gpu[i].Truth.Entries.Select(e => e.Feature.Name));
            var cpuPositions = cpu[i].Truth.Get(particle, p => p.Position);
            Assert.Equal(3, cpuPositions.Count);
            Assert.Equal(cpuPositions, gpu[i].Truth.Get(particle, p => p.Position));
            Assert.Throws<ReadOnlyImageException>(() => gpu[i].AsWritableSpan());
        }
    }

    [Fact]
    public void PoissonNoiseHasThePhotonStatisticsOfTheManagedPath()
    {
        // Mean and variance of each pixel over many samples: E = value, Var = value / (photons per unit).
        var feature = new PointParticle().WithPosition(new PixelPosition(Size / 2, Size / 2)).WithIntensity(100) >> Optics() >> new PoissonNoise().WithSnr(5);
        var clean = (new PointParticle().WithPosition(new PixelPosition(Size / 2, Size / 2)).WithIntensity(100) >> Optics()).Build(seed: 1).Sample(0);
        var noisy = feature.Build(seed: 2, new SimulationEnvironment().WithGpu(fixture.Device)).GenerateBatch(400);
        double peak = clean.AsReadOnlySpan().ToArray().Max();
        double photonsPerUnit = 25.0 / peak;
        foreach (var (row, column) in new[] { (Size / 2, Size / 2), (Size / 2, Size / 2 + 1), (Size / 2 + 2, Size / 2) })
        {
            double expected = clean[row, column];
            var values = noisy.Select(image => image[row, column]).ToArray();
            double mean = values.Average(), variance = values.Select(v => (v - mean) * (v - mean)).Sum() / (values.Length - 1);
            double expectedVariance = expected / photonsPerUnit;
            Assert.True(Math.Abs(mean - expected) < 4 * Math.Sqrt(expectedVariance / values.Length), $"pixel ({row}, {column}): mean {mean:G4}, expected {expected:G4}");
            Assert.True(Math.Abs(variance / expectedVariance - 1) < 0.3, $"pixel ({row}, {column}): variance {variance:G4}, expected {expectedVariance:G4}");
        }
    }

    [Fact]
    public void WithoutAGpuTheBatchIsTheManagedPathsGenerate()
    {
        var pipeline = (Points(2, randomZ: false) >> Optics() >> new PoissonNoise().WithSnr(10)).Build(seed: 6);
        var batch = pipeline.GenerateBatch(2, start: 4);
        var generated = pipeline.Generate(2, start: 4);
        Assert.True(batch[1].AsReadOnlySpan().SequenceEqual(generated[1].AsReadOnlySpan()));
    }

    [Fact]
    public void AnotherOpticsIsRefusedByName()
    {
        var pipeline = (Points(1, randomZ: false) >> Optics() >> new Background().WithLevel(1)).Build(seed: 1, new SimulationEnvironment().WithGpu(fixture.Device));
        var exception = Assert.Throws<NotSupportedException>(() => pipeline.GenerateBatch(1));
        Assert.Contains("Background", exception.Message);
        Assert.Contains("without WithGpu", exception.Message);

        var voxels = (new Sphere().WithPosition(new PixelPosition(8, 8)) >> new Brightfield().WithOutputRegion(PixelRegion.Square(Size)))
            .Build(seed: 1, new SimulationEnvironment().WithGpu(fixture.Device));
        var refused = Assert.Throws<SampleGenerationException>(() => voxels.GenerateBatch(1));
        Assert.IsType<NotSupportedException>(refused.InnerException);
        Assert.Contains("Mie particles only", refused.InnerException!.Message);
    }

    private void AssertSameImages(Feature<IReadOnlyList<SampleObject>, Image<double>> feature, ulong seed, int count)
        => BatchComparison.AssertSameImages(feature, seed, count, fixture.Device, tolerance: 1e-9);
}
