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

    /// <summary>
    /// The same field from S₁ and S₂ tabulated against the lateral distance ρ = √(x² + y²) on the plane (uniform
    /// step, linear interpolation): no series and no inverse trigonometry per point. Accurate to the table's
    /// resolution (relative error about (step/feature size)², below 1e-4 for the tables the Mie scatterers build).
    /// </summary>
    /// <param name="x">Displacement from the particle along rows, in metres.</param>
    /// <param name="y">Displacement along columns, in metres.</param>
    /// <param name="geometry">The plane, wavenumber, cone and polarisation.</param>
    /// <param name="s1">S₁ at ρ = i·<paramref name="step"/>, i = 0 … covering <see cref="MieGeometry.RhoMax"/>.</param>
    /// <param name="s2">S₂ on the same samples.</param>
    /// <param name="step">The table's step in ρ, in metres.</param>
    /// <returns>The complex field.</returns>
    public static Complex ScatteredFieldTabulated(double x, double y, in MieGeometry geometry, ReadOnlySpan<Complex> s1, ReadOnlySpan<Complex> s2, double step)
    {
        double rho2 = x * x + y * y;
        if (rho2 >= geometry.RhoMax * geometry.RhoMax)
        {
            return Complex.Zero;
        }

        double rho = Math.Sqrt(rho2);
        double inverseRho = rho > 0 ? 1 / rho : 0;
        double cosPhi = rho > 0 ? x * inverseRho : 1, sinPhi = y * inverseRho;
        double c1 = sinPhi * geometry.CosIn + cosPhi * geometry.SinIn;
        double c2 = cosPhi * geometry.CosIn - sinPhi * geometry.SinIn;
        if (geometry.HasAnalyser)
        {
            c1 *= sinPhi * geometry.CosOut + cosPhi * geometry.SinOut;
            c2 *= cosPhi * geometry.CosOut - sinPhi * geometry.SinOut;
        }

        double position = rho / step;
        int index = Math.Min((int)position, s1.Length - 2);
        double fraction = position - index;
        ref readonly var s1Low = ref s1[index];
        ref readonly var s2Low = ref s2[index];
        double a1Real = s1Low.Real + fraction * (s1[index + 1].Real - s1Low.Real);
        double a1Imaginary = s1Low.Imaginary + fraction * (s1[index + 1].Imaginary - s1Low.Imaginary);
        double a2Real = s2Low.Real + fraction * (s2[index + 1].Real - s2Low.Real);
        double a2Imaginary = s2Low.Imaginary + fraction * (s2[index + 1].Imaginary - s2Low.Imaginary);
        double sumReal = a2Real * c2 + a1Real * c1;
        double sumImaginary = a2Imaginary * c2 + a1Imaginary * c1;
        double kr = geometry.K * Math.Sqrt(rho2 + geometry.OffsetZ * geometry.OffsetZ);
        var (sin, cos) = Math.SinCos(kr);
        double inverseKr = 1 / kr;

        // i·e^{ikR}/(kR) = (−sin + i·cos)/(kR), times the sum.
        double sphericalReal = -sin * inverseKr, sphericalImaginary = cos * inverseKr;
        return new Complex(sphericalReal * sumReal - sphericalImaginary * sumImaginary, sphericalReal * sumImaginary + sphericalImaginary * sumReal);
    }
}
