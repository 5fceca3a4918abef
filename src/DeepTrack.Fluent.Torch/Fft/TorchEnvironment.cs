using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>Chooses libtorch for the transforms of a <see cref="SimulationEnvironment"/>.</summary>
public static class TorchEnvironment
{
    extension(SimulationEnvironment environment)
    {
        /// <summary>A new environment whose FFTs run in libtorch (<see cref="TorchFftBackend"/>), with the same cache budget and an empty cache.</summary>
        /// <param name="device">Where the transforms run (null: CUDA when available, otherwise the CPU).</param>
        /// <returns>The new environment.</returns>
        public SimulationEnvironment WithTorchFft(Device? device = null)
        {
            System.ArgumentNullException.ThrowIfNull(environment);
            return environment.WithFft(new TorchFftBackend(device));
        }
    }
}
