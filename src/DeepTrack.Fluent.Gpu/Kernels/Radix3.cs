using System.Numerics;
using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>The radix-3 butterfly: y_k = Σ u_r·w^{rk}, w = exp(∓2πi/3).</summary>
internal readonly struct Radix3 : IButterfly
{
    /// <summary>sin(2π/3).</summary>
    private const double Sin60 = 0.86602540378443864676;

    public int Radix => 3;

    public void Apply<T, TMath>(ArrayView<DeviceComplex<T>> source, ArrayView<DeviceComplex<T>> target, ArrayView<DeviceComplex<T>> twiddles, FftPass a, ButterflyPass b)
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>
    {
        var m = default(TMath);
        var scale = m.Of(a.Scale);
        var u0 = source[b.Basis + ((long)b.Source * a.ElementStride)];
        var u1 = source[b.Basis + ((long)(b.Source + b.Butterflies) * a.ElementStride)] * FftKernel.Twiddle(twiddles, b.Step, a.Inverse);
        var u2 = source[b.Basis + ((long)(b.Source + (2 * b.Butterflies)) * a.ElementStride)] * FftKernel.Twiddle(twiddles, (2 * b.Step) % a.Length, a.Inverse);
        var sum = u1 + u2;
        var difference = u1 - u2;
        var sine = m.Of(a.Inverse != 0 ? -Sin60 : Sin60);
        var half = m.Of(0.5);
        var middle = new DeviceComplex<T>(u0.Re - (half * sum.Re), u0.Im - (half * sum.Im));
        var rotated = new DeviceComplex<T>(sine * difference.Im, -sine * difference.Re);
        target[b.Basis + ((long)b.Destination * a.ElementStride)] = (u0 + sum) * scale;
        target[b.Basis + ((long)(b.Destination + a.Span) * a.ElementStride)] = (middle + rotated) * scale;
        target[b.Basis + ((long)(b.Destination + (2 * a.Span)) * a.ElementStride)] = (middle - rotated) * scale;
    }
}
