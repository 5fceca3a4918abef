using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>
/// One radix-2 or radix-3 pass of a batched Stockham (self-sorting) FFT: a whole batch of one-dimensional transforms of
/// length N along rows or columns in one launch, between two buffers (Govindaraju et al., "High performance discrete
/// Fourier transforms on graphics processors", SC 2008). Lengths 2^a·3^b, the grid sizes of the optics, take a + b passes.
/// </summary>
/// <remarks>
/// Written here because ILGPU.Algorithms only binds cuFFT, which runs on CUDA alone and is called from the host; this
/// kernel runs on CUDA, OpenCL and the CPU accelerator alike. Twiddle factors come from a table of exp(−2πik/N)
/// computed on the host with <see cref="System.Math"/>, so the device's trigonometric functions never enter.
/// </remarks>
internal static class FftKernel
{
    /// <summary>sin(2π/3).</summary>
    private const double Sin60 = 0.86602540378443864676;

    /// <summary>One thread per (transform, butterfly): transforms × N / radix threads.</summary>
    /// <param name="index">The thread.</param>
    /// <param name="source">The input of the pass.</param>
    /// <param name="target">The output of the pass.</param>
    /// <param name="twiddles">exp(−2πik/N), k = 0 … N − 1.</param>
    /// <param name="a">The pass.</param>
    public static void Pass(Index1D index, ArrayView<Complex2> source, ArrayView<Complex2> target, ArrayView<Complex2> twiddles, FftPass a)
    {
        int butterflies = a.Length / a.Radix;
        int transform = index / butterflies, j = index - (transform * butterflies);
        long basis = ((long)(transform / a.Inner) * a.OuterStride) + ((long)(transform % a.Inner) * a.InnerStride);
        int within = j % a.Span;
        int step = a.Length / (a.Span * a.Radix) * within;
        int destination = ((j / a.Span) * a.Span * a.Radix) + within;
        if (a.Radix == 2)
        {
            var v0 = source[basis + ((long)j * a.ElementStride)];
            var v1 = source[basis + ((long)(j + butterflies) * a.ElementStride)] * Twiddle(twiddles, step, a.Inverse);
            target[basis + ((long)destination * a.ElementStride)] = (v0 + v1) * a.Scale;
            target[basis + ((long)(destination + a.Span) * a.ElementStride)] = (v0 - v1) * a.Scale;
            return;
        }

        var u0 = source[basis + ((long)j * a.ElementStride)];
        var u1 = source[basis + ((long)(j + butterflies) * a.ElementStride)] * Twiddle(twiddles, step, a.Inverse);
        var u2 = source[basis + ((long)(j + (2 * butterflies)) * a.ElementStride)] * Twiddle(twiddles, (2 * step) % a.Length, a.Inverse);

        // DFT of three: y_k = Σ u_r·w^{rk}, w = exp(∓2πi/3).
        var sum = u1 + u2;
        var difference = u1 - u2;
        double sign = a.Inverse != 0 ? -1.0 : 1.0;
        var half = new Complex2(u0.Re - (0.5 * sum.Re), u0.Im - (0.5 * sum.Im));
        var rotated = new Complex2(sign * Sin60 * difference.Im, -sign * Sin60 * difference.Re);
        target[basis + ((long)destination * a.ElementStride)] = (u0 + sum) * a.Scale;
        target[basis + ((long)(destination + a.Span) * a.ElementStride)] = (half + rotated) * a.Scale;
        target[basis + ((long)(destination + (2 * a.Span)) * a.ElementStride)] = (half - rotated) * a.Scale;
    }

    private static Complex2 Twiddle(ArrayView<Complex2> twiddles, int k, int inverse)
    {
        var w = twiddles[k];
        return inverse != 0 ? w.Conjugate() : w;
    }
}

/// <summary>One pass of <see cref="FftKernel.Pass"/>: transform t starts at (t / Inner)·OuterStride + (t mod Inner)·InnerStride, element e lies ElementStride·e further.</summary>
internal struct FftPass
{
    /// <summary>N, the length of every transform.</summary>
    public int Length;

    /// <summary>2 or 3.</summary>
    public int Radix;

    /// <summary>The product of the radices of the passes before (1 for the first).</summary>
    public int Span;

    public int Inner;
    public int InnerStride;
    public int OuterStride;
    public int ElementStride;

    /// <summary>1 for the inverse transform (conjugate twiddles), 0 for the forward one.</summary>
    public int Inverse;

    /// <summary>Multiplies the outputs (1/N on the last pass of an inverse transform, else 1).</summary>
    public double Scale;
}
