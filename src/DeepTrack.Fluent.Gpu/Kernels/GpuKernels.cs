using System;
using System.Collections.Generic;
using ILGPU;
using ILGPU.Runtime;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>
/// The kernels of one accelerator, compiled once (the optics' in the device's precision, the noise in double), and its pooled buffers: each buffer is kept by name and only
/// reallocated when a batch needs more elements, so consecutive batches allocate nothing on the device.
/// </summary>
internal sealed class GpuKernels : IDisposable
{
    private readonly Accelerator accelerator;
    private readonly Dictionary<string, MemoryBuffer> buffers = [];

    public GpuKernels(Accelerator accelerator, GpuPrecision precision)
    {
        this.accelerator = accelerator;
        Precision = precision;
        if (precision == GpuPrecision.Single)
        {
            Single = new OpticsKernels<float, SingleMath>(accelerator);
        }
        else
        {
            Double = new OpticsKernels<double, DoubleMath>(accelerator);
        }

        ToSingle = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<float>>(SpectrumKernels.ToSingle);
        Maximum = accelerator.LoadStreamKernel<ArrayView<double>, ArrayView<double>, int>(NoiseKernels.Maximum);
        Poisson = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<ulong>, ArrayView<double>, int>(NoiseKernels.Poisson);
        Gaussian = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<double>, ArrayView<ulong>, int>(NoiseKernels.Gaussian);
    }

    public Accelerator Accelerator => accelerator;

    /// <summary>The precision of the optics' kernels (the noise and the images returned are double).</summary>
    public GpuPrecision Precision { get; }

    /// <summary>The optics' kernels in double precision (null unless <see cref="Precision"/> is double).</summary>
    public OpticsKernels<double, DoubleMath>? Double { get; }

    /// <summary>The optics' kernels in single precision (null unless <see cref="Precision"/> is single).</summary>
    public OpticsKernels<float, SingleMath>? Single { get; }

    public Action<Index1D, ArrayView<double>, ArrayView<float>> ToSingle { get; }

    public Action<KernelConfig, ArrayView<double>, ArrayView<double>, int> Maximum { get; }

    public Action<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<ulong>, ArrayView<double>, int> Poisson { get; }

    public Action<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<double>, ArrayView<ulong>, int> Gaussian { get; }

    /// <summary>The pooled buffer <paramref name="name"/> with at least <paramref name="length"/> elements (a view of exactly that many).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="name">The buffer's role in a batch.</param>
    /// <param name="length">Elements needed (≥ 1 is allocated even for 0).</param>
    /// <returns>The view.</returns>
    public ArrayView<T> Buffer<T>(string name, long length)
        where T : unmanaged
    {
        long needed = Math.Max(1, length);
        if (!buffers.TryGetValue(name, out var buffer) || buffer is not MemoryBuffer1D<T, Stride1D.Dense> typed || typed.Length < needed)
        {
            buffer?.Dispose();
            typed = accelerator.Allocate1D<T>(needed);
            buffers[name] = typed;
        }

        return typed.View.SubView(0, Math.Max(1, length));
    }

    /// <summary>The pooled buffer <paramref name="name"/> holding a copy of <paramref name="values"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="name">The buffer's role in a batch.</param>
    /// <param name="values">The values to upload.</param>
    /// <returns>The view of exactly <paramref name="values"/>.Length elements (one if empty).</returns>
    public ArrayView<T> Upload<T>(string name, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        var view = Buffer<T>(name, values.Length);
        if (!values.IsEmpty)
        {
            view.SubView(0, values.Length).CopyFromCPU(values);
        }

        return view;
    }

    public void Dispose()
    {
        foreach (var buffer in buffers.Values)
        {
            buffer.Dispose();
        }

        buffers.Clear();
    }
}
