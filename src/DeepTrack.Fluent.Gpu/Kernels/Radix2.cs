using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

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
