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

/// <summary>A radix of <see cref="FftKernel.Pass{TButterfly}"/>: loads its inputs, applies the twiddles and the small DFT, stores the outputs.</summary>
internal interface IButterfly
{
    /// <summary>The radix.</summary>
    int Radix { get; }

    /// <summary>Computes one butterfly.</summary>
    /// <param name="source">The input of the pass.</param>
    /// <param name="target">The output of the pass.</param>
    /// <param name="twiddles">exp(−2πik/N).</param>
    /// <param name="a">The pass.</param>
    /// <param name="b">Where this butterfly reads and writes.</param>
    void Apply(ArrayView<Complex2> source, ArrayView<Complex2> target, ArrayView<Complex2> twiddles, FftPass a, ButterflyPass b);
}

/// <summary>Where one butterfly of a pass reads and writes.</summary>
internal struct ButterflyPass
{
    /// <summary>The first element of the transform.</summary>
    public long Basis;

    /// <summary>j: input r is element j + r·N/radix.</summary>
    public int Source;

    /// <summary>N / radix.</summary>
    public int Butterflies;

    /// <summary>The twiddle index of input 1 (input r uses r times it).</summary>
    public int Step;

    /// <summary>Output r is element Destination + r·Span.</summary>
    public int Destination;
}

/// <summary>The radix-2 butterfly.</summary>
internal readonly struct Radix2 : IButterfly
{
    public int Radix => 2;

    public void Apply(ArrayView<Complex2> source, ArrayView<Complex2> target, ArrayView<Complex2> twiddles, FftPass a, ButterflyPass b)
    {
        var v0 = source[b.Basis + ((long)b.Source * a.ElementStride)];
        var v1 = source[b.Basis + ((long)(b.Source + b.Butterflies) * a.ElementStride)] * FftKernel.Twiddle(twiddles, b.Step, a.Inverse);
        target[b.Basis + ((long)b.Destination * a.ElementStride)] = (v0 + v1) * a.Scale;
        target[b.Basis + ((long)(b.Destination + a.Span) * a.ElementStride)] = (v0 - v1) * a.Scale;
    }
}

/// <summary>The radix-3 butterfly: y_k = Σ u_r·w^{rk}, w = exp(∓2πi/3).</summary>
internal readonly struct Radix3 : IButterfly
{
    /// <summary>sin(2π/3).</summary>
    private const double Sin60 = 0.86602540378443864676;

    public int Radix => 3;

    public void Apply(ArrayView<Complex2> source, ArrayView<Complex2> target, ArrayView<Complex2> twiddles, FftPass a, ButterflyPass b)
    {
        var u0 = source[b.Basis + ((long)b.Source * a.ElementStride)];
        var u1 = source[b.Basis + ((long)(b.Source + b.Butterflies) * a.ElementStride)] * FftKernel.Twiddle(twiddles, b.Step, a.Inverse);
        var u2 = source[b.Basis + ((long)(b.Source + (2 * b.Butterflies)) * a.ElementStride)] * FftKernel.Twiddle(twiddles, (2 * b.Step) % a.Length, a.Inverse);
        var sum = u1 + u2;
        var difference = u1 - u2;
        double sign = a.Inverse != 0 ? -1.0 : 1.0;
        var half = new Complex2(u0.Re - (0.5 * sum.Re), u0.Im - (0.5 * sum.Im));
        var rotated = new Complex2(sign * Sin60 * difference.Im, -sign * Sin60 * difference.Re);
        target[b.Basis + ((long)b.Destination * a.ElementStride)] = (u0 + sum) * a.Scale;
        target[b.Basis + ((long)(b.Destination + a.Span) * a.ElementStride)] = (half + rotated) * a.Scale;
        target[b.Basis + ((long)(b.Destination + (2 * a.Span)) * a.ElementStride)] = (half - rotated) * a.Scale;
    }
}

/// <summary>One pass of <see cref="FftKernel.Pass{TButterfly}"/>: transform t starts at (t / Inner)·OuterStride + (t mod Inner)·InnerStride, element e lies ElementStride·e further.</summary>
internal struct FftPass
{
    /// <summary>N, the length of every transform.</summary>
    public int Length;

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
