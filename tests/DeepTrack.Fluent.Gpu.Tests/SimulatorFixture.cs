namespace DeepTrack.Fluent.Gpu.Tests;

/// <summary>One ILGPU CPU simulator for all the tests (the kernels are loaded once).</summary>
public sealed class SimulatorFixture : IDisposable
{
    public GpuDevice Device { get; } = GpuDevice.CreateCpuSimulator();

    public void Dispose() => Device.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SimulatorCollection : ICollectionFixture<SimulatorFixture>
{
    public const string Name = "ILGPU CPU simulator";
}
