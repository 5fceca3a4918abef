namespace DeepTrack.Fluent.Gpu;

/// <summary>What kind of accelerator a <see cref="GpuDevice"/> drives.</summary>
public enum GpuDeviceKind
{
    /// <summary>An NVIDIA GPU through CUDA (needs only the NVIDIA driver).</summary>
    Cuda,

    /// <summary>A GPU through OpenCL (it must support double precision).</summary>
    OpenCL,

    /// <summary>ILGPU's CPU accelerator: a simulator (one OS thread per simulated GPU thread), for tests only; the fast CPU path is the managed code.</summary>
    CpuSimulator,
}
