using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Gpu.Tests;

[Collection(SimulatorCollection.Name)]
public sealed class NchwBatchTests(SimulatorFixture fixture)
{
    private static Feature<IReadOnlyList<SampleObject>, Image<double>> Feature()
        => (new PointParticle().WithPosition(Distribution.UniformPosition(0, 20, 0, 16)).WithIntensity(80) ^ 3)
            >> new Fluorescence().WithOutputRegion(new PixelRegion(0, 0, 20, 16)).WithPadding(4)
            >> new PoissonNoise().WithSnr(15);

    [Fact]
    public void TheDevicesFloat32BatchIsTheRoundedImagesInNchwOrder()
    {
        var pipeline = Feature().Build(seed: 21, new SimulationEnvironment().WithGpu(fixture.Device));
        var images = pipeline.GenerateBatch(3, start: 5);
        var batch = pipeline.GenerateNchwBatch(3, start: 5);
        Assert.Equal(new long[] { 3, 1, 20, 16 }, batch.Shape);
        for (int n = 0; n < 3; n++)
        {
            for (int row = 0; row < 20; row++)
            {
                for (int column = 0; column < 16; column++)
                {
                    Assert.Equal((float)images[n][row, column], batch.Values[((n * 20) + row) * 16 + column]);
                }
            }

            Assert.Equal(images[n].Truth.Entries.Count, batch.Truth[n].Entries.Count);
            Assert.True(batch.Image(n).ToArray().Max() > 0);
        }
    }

    [Fact]
    public void WithoutAGpuTheBatchIsTheManagedImagesRounded()
    {
        var pipeline = Feature().Build(seed: 22);
        var images = pipeline.Generate(2, start: 1);
        var batch = pipeline.GenerateNchwBatch(2, start: 1);
        Assert.Equal(images[1].AsReadOnlySpan().ToArray().Select(v => (float)v), batch.Image(1).ToArray());
    }
}
