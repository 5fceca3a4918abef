using System;

namespace DeepTrack.Fluent.Gpu;

/// <summary>Attaches a GPU to a <see cref="SimulationEnvironment"/>, where the pipeline is built.</summary>
public static class GpuEnvironment
{
    extension(SimulationEnvironment environment)
    {
        /// <summary>
        /// A new environment whose batches (<see cref="GpuBatches"/>) are computed on <paramref name="device"/>, with the
        /// same FFT backend and cache budget and an empty cache. Nothing else changes: <c>Sample</c> and <c>Generate</c>
        /// still compute on the CPU.
        /// </summary>
        /// <param name="device">The device, e.g. <see cref="GpuDevice.Create"/>.</param>
        /// <returns>The new environment.</returns>
        public SimulationEnvironment WithGpu(GpuDevice device)
        {
            ArgumentNullException.ThrowIfNull(environment);
            ArgumentNullException.ThrowIfNull(device);
            return environment.WithDevice(device);
        }
    }
}
