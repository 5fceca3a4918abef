namespace DeepTrack.Fluent;

/// <summary>
/// An accelerator that a satellite package attaches to a <see cref="SimulationEnvironment"/> (for example the GPU of
/// DeepTrack.Fluent.Gpu, <c>environment.WithGpu(device)</c>), so that the choice is made, and seen, where the pipeline
/// is built. The core never looks for one: it only carries it to the package's batch methods.
/// </summary>
public interface IDeviceBackend
{
    /// <summary>A short name for reports, e.g. "CUDA: NVIDIA H100".</summary>
    string Name { get; }
}
