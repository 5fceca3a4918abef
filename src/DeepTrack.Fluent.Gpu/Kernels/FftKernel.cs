using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>
/// One pass of a batched Stockham (self-sorting) FFT: a whole batch of one-dimensional transforms of length N along
/// rows or columns in one launch, between two buffers (Govindaraju et al., "High performance discrete Fourier
/// transforms on graphics processors", SC 2008). The butterfly is a struct type parameter (<see cref="Radix2"/>,
/// <see cref="Radix3"/>), so ILGPU compiles one specialised kernel per radix; lengths 2^a·3^b, the grid sizes of the
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
    /// <param name="index">The thread.</param>
    /// <param name="source">The input of the pass.</param>
    /// <param name="target">The output of the pass.</param>
    /// <param name="twiddles">exp(−2πik/N), k = 0 … N − 1.</param>
    /// <param name="a">The pass.</param>
    public static void Pass<TButterfly>(Index1D index, ArrayView<Complex2> source, ArrayView<Complex2> target, ArrayView<Complex2> twiddles, FftPass a)
        where TButterfly : struct, IButterfly
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
        butterfly.Apply(source, target, twiddles, a, pass);
    }

    /// <summary>Twiddle k of the table, conjugated for the inverse transform.</summary>
    /// <param name="twiddles">The table.</param>
    /// <param name="k">The index.</param>
    /// <param name="inverse">1 for the inverse transform.</param>
    /// <returns>The factor.</returns>
    public static Complex2 Twiddle(ArrayView<Complex2> twiddles, int k, int inverse)
    {
        var w = twiddles[k];
        return inverse != 0 ? w.Conjugate() : w;
    }
}
