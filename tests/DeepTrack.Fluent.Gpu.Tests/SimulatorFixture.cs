namespace DeepTrack.Fluent.Gpu.Tests;

/// <summary>ILGPU CPU simulators for all the tests, in double and in single precision (the kernels are loaded once).</summary>
public sealed class SimulatorFixture : IDisposable
{
    public GpuDevice Device { get; } = GpuDevice.CreateCpuSimulator();

    public GpuDevice SingleDevice { get; } = GpuDevice.CreateCpuSimulator(GpuPrecision.Single);

    public void Dispose()
    {
        Device.Dispose();
        SingleDevice.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SimulatorCollection : ICollectionFixture<SimulatorFixture>
{
    public const string Name = "ILGPU CPU simulator";
}
