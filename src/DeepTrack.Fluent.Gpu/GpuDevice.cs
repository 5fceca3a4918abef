using System;
using DeepTrack.Fluent.Gpu.Kernels;
using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;
using ILGPU.Runtime.OpenCL;

namespace DeepTrack.Fluent.Gpu;

/// <summary>
/// The accelerator service: one ILGPU context and accelerator, and the kernels loaded on it once. Attach it to a
/// pipeline with <c>new SimulationEnvironment().WithGpu(device)</c>.
/// </summary>
/// <remarks>
/// <para><see cref="Create"/> takes the first CUDA device, then the first OpenCL device with double precision; it
/// never falls back to the CPU: ILGPU's CPU accelerator is a simulator, used only when asked for with
/// <see cref="CreateCpuSimulator"/> (the tests do), and the fast CPU path is the managed code without any device.</para>
/// <para>Thread-safe: batches submitted from several threads run one after another on the device. Dispose it after
/// the pipelines that use it.</para>
/// </remarks>
public sealed class GpuDevice : IDeviceBackend, IDisposable
{
    private readonly Context context;
    private readonly Lazy<GpuKernels> kernels;
    private bool disposed;

    private GpuDevice(Context context, Accelerator accelerator, GpuDeviceKind kind, GpuPrecision precision)
    {
        this.context = context;
        Accelerator = accelerator;
        Kind = kind;
        Precision = precision;
        kernels = new Lazy<GpuKernels>(() => new GpuKernels(accelerator, precision));
    }

    /// <summary>The kind of accelerator.</summary>
    public GpuDeviceKind Kind { get; }

    /// <summary>The precision of the optics' kernels (<see cref="GpuPrecision.Double"/> unless asked otherwise).</summary>
    public GpuPrecision Precision { get; }

    /// <summary>The device's name as its driver reports it, with the kind, e.g. "CUDA: NVIDIA H100 80GB HBM3".</summary>
    public string Name => $"{Kind switch { GpuDeviceKind.Cuda => "CUDA", GpuDeviceKind.OpenCL => "OpenCL", _ => "ILGPU CPU simulator" }}: {Accelerator.Name}";

    /// <summary>The ILGPU accelerator (for kernels of your own on the same device).</summary>
    public Accelerator Accelerator { get; }

    /// <summary>Serialises the batches submitted to this device.</summary>
    internal object Gate { get; } = new();

    /// <summary>The kernels, loaded on first use.</summary>
    internal GpuKernels Kernels
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return kernels.Value;
        }
    }

    /// <summary>The first CUDA device, otherwise the first OpenCL device with double precision.</summary>
    /// <param name="precision">The precision of the optics' kernels.</param>
    /// <returns>The device.</returns>
    /// <exception cref="InvalidOperationException">There is neither (the message lists what was found).</exception>
    public static GpuDevice Create(GpuPrecision precision = GpuPrecision.Double)
        => TryCreate(precision) ?? throw new InvalidOperationException(
            "No CUDA or OpenCL (double precision) device was found. Install the GPU's driver (CUDA needs only the NVIDIA driver), "
            + "or generate on the CPU by building the pipeline without WithGpu; GpuDevice.CreateCpuSimulator() runs the kernels on ILGPU's CPU simulator, which is slow and meant for tests.");

    /// <summary>The first CUDA device, otherwise the first OpenCL device with double precision, or null if there is neither.</summary>
    /// <param name="precision">The precision of the optics' kernels.</param>
    /// <returns>The device, or null.</returns>
    public static GpuDevice? TryCreate(GpuPrecision precision = GpuPrecision.Double)
    {
        RequireDefined(precision);
        var context = Context.Create(builder => builder.Cuda().OpenCL().EnableAlgorithms());
        try
        {
            foreach (var cuda in context.GetCudaDevices())
            {
                return new GpuDevice(context, cuda.CreateAccelerator(context), GpuDeviceKind.Cuda, precision);
            }

            foreach (var openCl in context.GetCLDevices())
            {
                if (openCl.Capabilities.Float64)
                {
                    return new GpuDevice(context, openCl.CreateAccelerator(context), GpuDeviceKind.OpenCL, precision);
                }
            }
        }
        catch
        {
            context.Dispose();
            throw;
        }

        context.Dispose();
        return null;
    }

    /// <summary>ILGPU's CPU accelerator: the same kernels on a simulator, for tests; far slower than the managed CPU path.</summary>
    /// <param name="precision">The precision of the optics' kernels.</param>
    /// <returns>The device.</returns>
    public static GpuDevice CreateCpuSimulator(GpuPrecision precision = GpuPrecision.Double)
    {
        RequireDefined(precision);
        var context = Context.Create(builder => builder.CPU().EnableAlgorithms());
        return new GpuDevice(context, context.CreateCPUAccelerator(0), GpuDeviceKind.CpuSimulator, precision);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static void RequireDefined(GpuPrecision precision)
    {
        if (!Enum.IsDefined(precision))
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "GpuPrecision must be Double or Single.");
        }
    }

    /// <summary>Frees the device's buffers, the accelerator and the context.</summary>
    public void Dispose()
    {
        lock (Gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            if (kernels.IsValueCreated)
            {
                kernels.Value.Dispose();
            }

            Accelerator.Dispose();
            context.Dispose();
        }
    }
}
