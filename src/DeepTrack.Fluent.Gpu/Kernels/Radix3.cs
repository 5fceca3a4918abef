using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

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
