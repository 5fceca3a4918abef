using System.Numerics;
using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>
/// One pass of a batched Stockham (self-sorting) FFT: a whole batch of one-dimensional transforms of length N along
/// rows or columns in one launch, between two buffers (Govindaraju et al., "High performance discrete Fourier
/// transforms on graphics processors", SC 2008). The butterfly is a struct type parameter (<see cref="Radix2"/>,
/// <see cref="Radix3"/>), and so is the precision (<see cref="DoubleMath"/>, <see cref="SingleMath"/>), so ILGPU compiles
/// one specialised kernel per radix and precision; lengths 2^a·3^b, the grid sizes of the
/// optics, take a + b passes.
/// </summary>
/// <remarks>
/// Written here because ILGPU.Algorithms only binds cuFFT, which runs on CUDA alone and is called from the host; this
/// kernel runs on CUDA, OpenCL and the CPU accelerator alike. Twiddle factors come from a table of exp(−2πik/N)
/// computed on the host with <see cref="System.Math"/>, so the device's trigonometric functions never enter.
/// </remarks>
internal static class FftKernel
{
    /// <summary>One thread per (transform, butterfly): transforms × N / radix threads.</summary>
    /// <typeparam name="TButterfly">The radix.</typeparam>
    /// <typeparam name="T">The precision.</typeparam>
    /// <typeparam name="TMath">Its functions.</typeparam>
    /// <param name="index">The thread.</param>
    /// <param name="source">The input of the pass.</param>
    /// <param name="target">The output of the pass.</param>
    /// <param name="twiddles">exp(−2πik/N), k = 0 … N − 1.</param>
    /// <param name="a">The pass.</param>
    public static void Pass<TButterfly, T, TMath>(Index1D index, ArrayView<DeviceComplex<T>> source, ArrayView<DeviceComplex<T>> target, ArrayView<DeviceComplex<T>> twiddles, FftPass a)
        where TButterfly : struct, IButterfly
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>
    {
        var butterfly = default(TButterfly);
        int butterflies = a.Length / butterfly.Radix;
        int transform = index / butterflies, j = index - (transform * butterflies);
        long basis = ((long)(transform / a.Inner) * a.OuterStride) + ((long)(transform % a.Inner) * a.InnerStride);
        int within = j % a.Span;
        var pass = new ButterflyPass
        {
            Basis = basis,
            Source = j,
            Butterflies = butterflies,
            Step = a.Length / (a.Span * butterfly.Radix) * within,
            Destination = ((j / a.Span) * a.Span * butterfly.Radix) + within,
        };
        butterfly.Apply<T, TMath>(source, target, twiddles, a, pass);
    }

    /// <summary>Twiddle k of the table, conjugated for the inverse transform.</summary>
    /// <typeparam name="T">The precision.</typeparam>
    /// <param name="twiddles">The table.</param>
    /// <param name="k">The index.</param>
    /// <param name="inverse">1 for the inverse transform.</param>
    /// <returns>The factor.</returns>
    public static DeviceComplex<T> Twiddle<T>(ArrayView<DeviceComplex<T>> twiddles, int k, int inverse)
        where T : unmanaged, INumber<T>
    {
        var w = twiddles[k];
        return inverse != 0 ? w.Conjugate() : w;
    }
}
