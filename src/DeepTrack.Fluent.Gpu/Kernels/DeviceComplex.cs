using System.Numerics;
using System.Runtime.InteropServices;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>
/// A complex number on the device in the precision <typeparamref name="T"/> (double or float), laid out as real, then
/// imaginary; in double it has the layout of <see cref="System.Numerics.Complex"/>, so arrays of either are copied
/// without conversion.
/// </summary>
/// <typeparam name="T">The precision.</typeparam>
/// <param name="Re">The real part.</param>
/// <param name="Im">The imaginary part.</param>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct DeviceComplex<T>(T Re, T Im)
    where T : unmanaged, INumber<T>
{
    public static DeviceComplex<T> operator +(DeviceComplex<T> a, DeviceComplex<T> b) => new(a.Re + b.Re, a.Im + b.Im);

    public static DeviceComplex<T> operator -(DeviceComplex<T> a, DeviceComplex<T> b) => new(a.Re - b.Re, a.Im - b.Im);

    public static DeviceComplex<T> operator *(DeviceComplex<T> a, DeviceComplex<T> b) => new((a.Re * b.Re) - (a.Im * b.Im), (a.Re * b.Im) + (a.Im * b.Re));

    public static DeviceComplex<T> operator *(DeviceComplex<T> a, T s) => new(a.Re * s, a.Im * s);

    public DeviceComplex<T> Conjugate() => new(Re, -Im);
}
