using System.Numerics;
using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>The radix-2 butterfly.</summary>
internal readonly struct Radix2 : IButterfly
{
    public int Radix => 2;

    public void Apply<T, TMath>(ArrayView<DeviceComplex<T>> source, ArrayView<DeviceComplex<T>> target, ArrayView<DeviceComplex<T>> twiddles, FftPass a, ButterflyPass b)
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>
    {
        var scale = default(TMath).Of(a.Scale);
        var v0 = source[b.Basis + ((long)b.Source * a.ElementStride)];
        var v1 = source[b.Basis + ((long)(b.Source + b.Butterflies) * a.ElementStride)] * FftKernel.Twiddle(twiddles, b.Step, a.Inverse);
        target[b.Basis + ((long)b.Destination * a.ElementStride)] = (v0 + v1) * scale;
        target[b.Basis + ((long)(b.Destination + a.Span) * a.ElementStride)] = (v0 - v1) * scale;
    }
}
