using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>
/// The scattered far field of a Mie particle at one point of a plane at distance <c>offsetZ</c> beyond it: a pure
/// function of the point, the coefficients and the geometry, evaluated for every pixel of a grid.
/// </summary>
/// <remarks>
/// Convention (Bohren–Huffman, e^{−iωt}, incident amplitude 1): E = i/(kR)·e^{ikR}·(S₂(θ)·c₂ + S₁(θ)·c₁) with
/// R = √(x² + y² + offsetZ²), cos θ = offsetZ/R, φ = atan2(y, x), c₁ = sin(φ + α_in), c₂ = cos(φ + α_in), each
/// further multiplied by sin/cos(φ + α_out) when an analyser is present. Points outside the collection cone
/// (cos θ ≤ cos θ_max) get 0. x is along rows and y along columns, as in DeepTrack 2.0.
/// </remarks>
public static class MieFieldKernel
{
    /// <summary>The scattered field at one point.</summary>
    /// <param name="x">Displacement from the particle along rows, in metres.</param>
    /// <param name="y">Displacement along columns, in metres.</param>
    /// <param name="offsetZ">Distance of the plane beyond the particle, in metres (&gt; 0).</param>
    /// <param name="k">Wavenumber in the medium, 2π·n/λ, per metre.</param>
    /// <param name="cosCollection">Cosine of the largest collected scattering angle.</param>
    /// <param name="inputPolarization">Polarisation angle of the incident light, in radians.</param>
    /// <param name="outputPolarization">Angle of the analyser in radians, or NaN for none.</param>
    /// <param name="a">a_n for n = 1..L.</param>
    /// <param name="b">b_n for n = 1..L.</param>
    /// <returns>The complex field.</returns>
    public static Complex ScatteredField(
        double x, double y, double offsetZ, double k, double cosCollection, double inputPolarization, double outputPolarization,
        ReadOnlySpan<Complex> a, ReadOnlySpan<Complex> b)
    {
        double r = Math.Sqrt(x * x + y * y + offsetZ * offsetZ);
        double cosTheta = offsetZ / r;
        if (cosTheta <= cosCollection)
        {
            return Complex.Zero;
        }

        double phi = Math.Atan2(y, x);
        double c1 = Math.Sin(phi + inputPolarization);
        double c2 = Math.Cos(phi + inputPolarization);
        if (!double.IsNaN(outputPolarization))
        {
            c1 *= Math.Sin(phi + outputPolarization);
            c2 *= Math.Cos(phi + outputPolarization);
        }

        var (s1, s2) = MieCoefficientSet.AmplitudeFunctionsAtCosine(a, b, cosTheta);
        var spherical = Complex.FromPolarCoordinates(1 / (k * r), k * r) * Complex.ImaginaryOne;
        return spherical * (s2 * c2 + s1 * c1);
    }
}
