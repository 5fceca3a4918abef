using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>
/// The Bessel functions the library's physics is built on, public for users who write their own scatterers:
/// cylindrical J<sub>n</sub>, spherical j<sub>n</sub> and y<sub>n</sub>, and the Riccati–Bessel functions
/// ψ<sub>n</sub>(x) = x·j<sub>n</sub>(x), χ<sub>n</sub>(x) = −x·y<sub>n</sub>(x) and
/// ξ<sub>n</sub>(x) = x·h<sub>n</sub><sup>(1)</sup>(x) = ψ<sub>n</sub>(x) − i·χ<sub>n</sub>(x) (Bohren and Huffman's
/// convention, the one of the Mie coefficients). Functions of the first kind use Miller's downward recurrence
/// (accurate where upward recurrence loses every digit, n ≫ x); those of the second kind the upward recurrence,
/// which is stable for them. Written here rather than taken from a numerics package because the core package has
/// no dependencies and the Mie code needs exactly these recurrences.
/// </summary>
public static class SpecialFunctions
{
    /// <summary>The Bessel function of the first kind J<sub>n</sub>(x), any integer order, any real x.</summary>
    /// <param name="n">The order (J<sub>−n</sub> = (−1)<sup>n</sup> J<sub>n</sub>).</param>
    /// <param name="x">The argument, finite.</param>
    /// <returns>J<sub>n</sub>(x).</returns>
    public static double BesselJ(int n, double x)
    {
        RequireFinite(x);
        if (n < 0)
        {
            return (n % 2 == 0 ? 1 : -1) * BesselJ(-n, x);
        }

        if (x < 0)
        {
            return (n % 2 == 0 ? 1 : -1) * BesselJ(n, -x);
        }

        if (x == 0)
        {
            return n == 0 ? 1 : 0;
        }

        // Miller: J_{k−1} = (2k/x) J_k − J_{k+1} from far above max(n, x), normalised by J₀ + 2 Σ J₂ₖ = 1.
        int start = 2 * ((Math.Max(n, (int)x) + 20 + (int)Math.Sqrt(40 * Math.Max(n, x))) / 2);
        double upper = 0, current = 1e-300, result = 0, sum = 0;
        for (int k = start; k > 0; k--)
        {
            double lower = 2 * k / x * current - upper;
            upper = current;
            current = lower;
            if (k - 1 == n)
            {
                result = current;
            }

            if ((k - 1) % 2 == 0 && k - 1 > 0)
            {
                sum += current;
            }

            if (Math.Abs(current) > 1e250)
            {
                current *= 1e-250;
                upper *= 1e-250;
                result *= 1e-250;
                sum *= 1e-250;
            }
        }

        return result / (current + 2 * sum);
    }

    /// <summary>ψ<sub>0</sub>(x) … ψ<sub>N</sub>(x), ψ<sub>n</sub>(x) = x·j<sub>n</sub>(x), for x &gt; 0.</summary>
    /// <param name="x">The argument, finite and &gt; 0.</param>
    /// <param name="maxOrder">N ≥ 0.</param>
    /// <returns>The N + 1 values.</returns>
    public static double[] RiccatiBesselPsi(double x, int maxOrder)
    {
        RequirePositive(x);
        ArgumentOutOfRangeException.ThrowIfNegative(maxOrder);
        return MieCoefficients.RiccatiBesselPsi(x, Math.Max(maxOrder, 1))[..(maxOrder + 1)];
    }

    /// <summary>χ<sub>0</sub>(x) … χ<sub>N</sub>(x), χ<sub>n</sub>(x) = −x·y<sub>n</sub>(x) (χ₀ = cos x), for x &gt; 0.</summary>
    /// <param name="x">The argument, finite and &gt; 0.</param>
    /// <param name="maxOrder">N ≥ 0.</param>
    /// <returns>The N + 1 values.</returns>
    public static double[] RiccatiBesselChi(double x, int maxOrder)
    {
        RequirePositive(x);
        ArgumentOutOfRangeException.ThrowIfNegative(maxOrder);
        var chi = new double[maxOrder + 1];
        chi[0] = Math.Cos(x);
        if (maxOrder >= 1)
        {
            chi[1] = Math.Cos(x) / x + Math.Sin(x);
        }

        for (int n = 1; n < maxOrder; n++)
        {
            chi[n + 1] = (2 * n + 1) / x * chi[n] - chi[n - 1];
        }

        return chi;
    }

    /// <summary>ξ<sub>0</sub>(x) … ξ<sub>N</sub>(x), ξ<sub>n</sub> = ψ<sub>n</sub> − i·χ<sub>n</sub> = x·h<sub>n</sub><sup>(1)</sup>(x), for x &gt; 0.</summary>
    /// <param name="x">The argument, finite and &gt; 0.</param>
    /// <param name="maxOrder">N ≥ 0.</param>
    /// <returns>The N + 1 values.</returns>
    public static Complex[] RiccatiBesselXi(double x, int maxOrder)
    {
        var psi = RiccatiBesselPsi(x, maxOrder);
        var chi = RiccatiBesselChi(x, maxOrder);
        var xi = new Complex[maxOrder + 1];
        for (int n = 0; n <= maxOrder; n++)
        {
            xi[n] = new Complex(psi[n], -chi[n]);
        }

        return xi;
    }

    /// <summary>The spherical Bessel function of the first kind j<sub>n</sub>(x), n ≥ 0, x ≥ 0.</summary>
    /// <param name="n">The order, ≥ 0.</param>
    /// <param name="x">The argument, finite and ≥ 0.</param>
    /// <returns>j<sub>n</sub>(x).</returns>
    public static double SphericalBesselJ(int n, double x)
    {
        RequireFinite(x);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        if (x == 0)
        {
            return n == 0 ? 1 : 0;
        }

        return RiccatiBesselPsi(x, n)[n] / x;
    }

    /// <summary>The spherical Bessel function of the second kind y<sub>n</sub>(x), n ≥ 0, x &gt; 0.</summary>
    /// <param name="n">The order, ≥ 0.</param>
    /// <param name="x">The argument, finite and &gt; 0.</param>
    /// <returns>y<sub>n</sub>(x).</returns>
    public static double SphericalBesselY(int n, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return -RiccatiBesselChi(x, n)[n] / x;
    }

    private static void RequireFinite(double x)
    {
        if (!double.IsFinite(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The argument must be finite.");
        }
    }

    private static void RequirePositive(double x)
    {
        RequireFinite(x);
        if (!(x > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The argument must be > 0.");
        }
    }
}
