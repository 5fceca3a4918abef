using DeepTrack.Fluent.Physics.Fft;

namespace DeepTrack.Fluent.Gpu.Tests;

[Collection(SimulatorCollection.Name)]
public sealed class GpuEnvironmentTests(SimulatorFixture fixture)
{
    [Fact]
    public void TheDeviceIsVisibleInTheEnvironmentAndSurvivesItsOtherChoices()
    {
        var plain = new SimulationEnvironment(new ManagedFftBackend(), 1 << 20);
        var gpu = plain.WithGpu(fixture.Device);
        Assert.Null(plain.Device);
        Assert.Same(fixture.Device, gpu.Device);
        Assert.Same(plain.Fft, gpu.Fft);
        Assert.Equal(1 << 20, gpu.Cache.BudgetBytes);
        Assert.Same(fixture.Device, gpu.WithCacheBudget(1 << 10).Device);
        Assert.Same(fixture.Device, gpu.WithFft(new ManagedFftBackend()).Device);
        Assert.Null(gpu.WithDevice(null).Device);
        Assert.Contains("ILGPU CPU simulator", gpu.ToString());
        Assert.Equal(GpuDeviceKind.CpuSimulator, fixture.Device.Kind);
    }
}
