using System;
using System.Collections.Generic;
using ILGPU;
using ILGPU.Runtime;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>
/// The kernels of one accelerator, compiled once, and its pooled buffers: each buffer is kept by name and only
/// reallocated when a batch needs more elements, so consecutive batches allocate nothing on the device.
/// </summary>
internal sealed class GpuKernels : IDisposable
{
    private readonly Accelerator accelerator;
    private readonly Dictionary<string, MemoryBuffer> buffers = [];

    public GpuKernels(Accelerator accelerator)
    {
        this.accelerator = accelerator;
        Stamp = accelerator.LoadAutoGroupedStreamKernel<Index1D, StampArguments>(StampKernel.Gather);
        FftPass2 = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<Complex2>, ArrayView<Complex2>, ArrayView<Complex2>, FftPass>(FftKernel.Pass<Radix2>);
        FftPass3 = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<Complex2>, ArrayView<Complex2>, ArrayView<Complex2>, FftPass>(FftKernel.Pass<Radix3>);
        ToSingle = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<float>>(SpectrumKernels.ToSingle);
        ToComplex = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<Complex2>>(SpectrumKernels.ToComplex);
        MultiplyAccumulate = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<Complex2>, ArrayView<Complex2>, ArrayView<int>, ArrayView<int>, ArrayView<Complex2>, int>(SpectrumKernels.MultiplyAccumulate);
        CropAdd = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<Complex2>, ArrayView<int>, ArrayView<double>, CropArguments>(SpectrumKernels.CropAdd);
        Bin = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, CropArguments, int>(SpectrumKernels.Bin);
        Maximum = accelerator.LoadStreamKernel<ArrayView<double>, ArrayView<double>, int>(NoiseKernels.Maximum);
        Poisson = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<ulong>, ArrayView<double>, int>(NoiseKernels.Poisson);
        Gaussian = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<double>, ArrayView<ulong>, int>(NoiseKernels.Gaussian);
        FocusedSpectrum = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<MieParticle>, ArrayView<int>, ArrayView<Complex2>, ArrayView<Complex2>, PupilViews, ArrayView<Complex2>, CoherentGrid>(CoherentKernels.FocusedSpectrum);
        Intensity = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<Complex2>, ArrayView<Complex2>, ArrayView<double>, CropArguments, int>(CoherentKernels.Intensity);
        Field = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<Complex2>, ArrayView<double>, CropArguments, int>(CoherentKernels.Field);
    }

    public Accelerator Accelerator => accelerator;

    public Action<Index1D, StampArguments> Stamp { get; }

    public Action<Index1D, ArrayView<Complex2>, ArrayView<Complex2>, ArrayView<Complex2>, FftPass> FftPass2 { get; }

    public Action<Index1D, ArrayView<Complex2>, ArrayView<Complex2>, ArrayView<Complex2>, FftPass> FftPass3 { get; }

    public Action<Index1D, ArrayView<double>, ArrayView<Complex2>> ToComplex { get; }

    public Action<Index1D, ArrayView<double>, ArrayView<float>> ToSingle { get; }

    public Action<Index1D, ArrayView<Complex2>, ArrayView<Complex2>, ArrayView<int>, ArrayView<int>, ArrayView<Complex2>, int> MultiplyAccumulate { get; }

    public Action<Index1D, ArrayView<Complex2>, ArrayView<int>, ArrayView<double>, CropArguments> CropAdd { get; }

    public Action<Index1D, ArrayView<double>, ArrayView<double>, CropArguments, int> Bin { get; }

    public Action<KernelConfig, ArrayView<double>, ArrayView<double>, int> Maximum { get; }

    public Action<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<ulong>, ArrayView<double>, int> Poisson { get; }

    public Action<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<double>, ArrayView<ulong>, int> Gaussian { get; }

    public Action<Index1D, ArrayView<MieParticle>, ArrayView<int>, ArrayView<Complex2>, ArrayView<Complex2>, PupilViews, ArrayView<Complex2>, CoherentGrid> FocusedSpectrum { get; }

    public Action<Index1D, ArrayView<Complex2>, ArrayView<Complex2>, ArrayView<double>, CropArguments, int> Intensity { get; }

    public Action<Index1D, ArrayView<Complex2>, ArrayView<double>, CropArguments, int> Field { get; }

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
