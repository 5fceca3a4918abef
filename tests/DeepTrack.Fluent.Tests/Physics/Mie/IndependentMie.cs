using System;
using System.Numerics;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

/// <summary>
/// Textbook Mie coefficients written directly in terms of spherical Bessel functions, used as an
/// independent check of the library: homogeneous spheres from Bohren–Huffman eq. 4.53 and coated
/// spheres from Bohren–Huffman section 8.1. Only suitable for moderate size parameters.
/// </summary>
internal static class IndependentMie
{
    /// <summary>j_n(z), n = 0..count, by Miller's downward recurrence normalised to j_0 or j_1.</summary>
    public static Complex[] SphericalJ(Complex z, int count)
    {
        int start = count + (int)z.Magnitude + 100;
        var values = new Complex[count + 1];
        Complex upper = Complex.Zero;
        Complex current = new Complex(1e-30, 0);
        for (int n = start; n > 0; n--)
        {
            Complex lower = (2 * n + 1) / z * current - upper;
            upper = current;
            current = lower;
            if (n - 1 <= count)
            {
                values[n - 1] = current;
            }

            if (current.Magnitude > 1e100)
            {
                current /= 1e100;
                upper /= 1e100;
                for (int k = n - 1; k <= count; k++)
                {
                    values[k] /= 1e100;
                }
            }
        }

        Complex j0 = Complex.Sin(z) / z;
        Complex j1 = Complex.Sin(z) / (z * z) - Complex.Cos(z) / z;
        Complex scale = j0.Magnitude >= j1.Magnitude ? j0 / values[0] : j1 / values[1];
        for (int n = 0; n <= count; n++)
        {
            values[n] *= scale;
        }

        return values;
    }

    /// <summary>y_n(z), n = 0..count, by upward recurrence.</summary>
    public static Complex[] SphericalY(Complex z, int count)
    {
        var values = new Complex[count + 1];
        values[0] = -Complex.Cos(z) / z;
        if (count >= 1)
        {
            values[1] = -Complex.Cos(z) / (z * z) - Complex.Sin(z) / z;
        }

        for (int n = 2; n <= count; n++)
        {
            values[n] = (2 * n - 1) / z * values[n - 1] - values[n - 2];
        }

        return values;
    }

    /// <summary>Riccati–Bessel ψ_n(z) = z j_n(z) and its derivative, n = 1..count (index n).</summary>
    private static (Complex[] Value, Complex[] Derivative) Psi(Complex z, int count)
    {
        Complex[] j = SphericalJ(z, count);
        return RiccatiWithDerivative(j, z, count);
    }

    /// <summary>χ_n(z) = −z y_n(z) and its derivative (Bohren–Huffman sign), n = 1..count.</summary>
    private static (Complex[] Value, Complex[] Derivative) Chi(Complex z, int count)
    {
        Complex[] y = SphericalY(z, count);
        for (int n = 0; n <= count; n++)
        {
            y[n] = -y[n];
        }

        return RiccatiWithDerivative(y, z, count);
    }

    private static (Complex[] Value, Complex[] Derivative) RiccatiWithDerivative(Complex[] f, Complex z, int count)
    {
        var value = new Complex[count + 1];
        var derivative = new Complex[count + 1];
        for (int n = 0; n <= count; n++)
        {
            value[n] = z * f[n];
        }

        for (int n = 1; n <= count; n++)
        {
            derivative[n] = value[n - 1] - n * value[n] / z;
        }

        return (value, derivative);
    }

    /// <summary>Homogeneous sphere, Bohren–Huffman eq. 4.53 with μ₁ = μ.</summary>
    public static (Complex[] A, Complex[] B) Homogeneous(Complex m, double x, int count)
    {
        var (psiX, dPsiX) = Psi(x, count);
        var (chiX, dChiX) = Chi(x, count);
        var (psiMx, dPsiMx) = Psi(m * x, count);
        var a = new Complex[count];
        var b = new Complex[count];
        for (int n = 1; n <= count; n++)
        {
            Complex xi = psiX[n] - Complex.ImaginaryOne * chiX[n];
            Complex dXi = dPsiX[n] - Complex.ImaginaryOne * dChiX[n];
            a[n - 1] = (m * psiMx[n] * dPsiX[n] - psiX[n] * dPsiMx[n]) / (m * psiMx[n] * dXi - xi * dPsiMx[n]);
            b[n - 1] = (psiMx[n] * dPsiX[n] - m * psiX[n] * dPsiMx[n]) / (psiMx[n] * dXi - m * xi * dPsiMx[n]);
        }

        return (a, b);
    }

    /// <summary>
    /// Coated sphere (Bohren–Huffman section 8.1): core index m1 and size parameter x, shell
    /// index m2 and outer size parameter y.
    /// </summary>
    public static (Complex[] A, Complex[] B) Coated(Complex m1, Complex m2, double x, double y, int count)
    {
        var (psiM1x, dPsiM1x) = Psi(m1 * x, count);
        var (psiM2x, dPsiM2x) = Psi(m2 * x, count);
        var (chiM2x, dChiM2x) = Chi(m2 * x, count);
        var (psiM2y, dPsiM2y) = Psi(m2 * y, count);
        var (chiM2y, dChiM2y) = Chi(m2 * y, count);
        var (psiY, dPsiY) = Psi(y, count);
        var (chiY, dChiY) = Chi(y, count);

        var a = new Complex[count];
        var b = new Complex[count];
        for (int n = 1; n <= count; n++)
        {
            Complex an = (m2 * psiM2x[n] * dPsiM1x[n] - m1 * dPsiM2x[n] * psiM1x[n])
                / (m2 * chiM2x[n] * dPsiM1x[n] - m1 * dChiM2x[n] * psiM1x[n]);
            Complex bn = (m2 * psiM1x[n] * dPsiM2x[n] - m1 * psiM2x[n] * dPsiM1x[n])
                / (m2 * dChiM2x[n] * psiM1x[n] - m1 * dPsiM1x[n] * chiM2x[n]);

            Complex xi = psiY[n] - Complex.ImaginaryOne * chiY[n];
            Complex dXi = dPsiY[n] - Complex.ImaginaryOne * dChiY[n];

            Complex fa = psiM2y[n] - an * chiM2y[n];
            Complex dFa = dPsiM2y[n] - an * dChiM2y[n];
            a[n - 1] = (psiY[n] * dFa - m2 * dPsiY[n] * fa) / (xi * dFa - m2 * dXi * fa);

            Complex fb = psiM2y[n] - bn * chiM2y[n];
            Complex dFb = dPsiM2y[n] - bn * dChiM2y[n];
            b[n - 1] = (m2 * psiY[n] * dFb - dPsiY[n] * fb) / (m2 * xi * dFb - dXi * fb);
        }

        return (a, b);
    }
}
