using System.Runtime.InteropServices;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>A complex number on the device, laid out as <see cref="System.Numerics.Complex"/> (real, then imaginary), so arrays of either are copied without conversion.</summary>
/// <param name="Re">The real part.</param>
/// <param name="Im">The imaginary part.</param>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct Complex2(double Re, double Im)
{
    public static Complex2 operator +(Complex2 a, Complex2 b) => new(a.Re + b.Re, a.Im + b.Im);

    public static Complex2 operator -(Complex2 a, Complex2 b) => new(a.Re - b.Re, a.Im - b.Im);

    public static Complex2 operator *(Complex2 a, Complex2 b) => new((a.Re * b.Re) - (a.Im * b.Im), (a.Re * b.Im) + (a.Im * b.Re));

    public static Complex2 operator *(Complex2 a, double s) => new(a.Re * s, a.Im * s);

    public Complex2 Conjugate() => new(Re, -Im);
}
