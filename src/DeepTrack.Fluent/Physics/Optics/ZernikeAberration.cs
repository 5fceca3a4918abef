using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A Zernike phase aberration: the pupil is multiplied by exp(i·c·Z_n^m(ρ, θ)) inside the aperture, with the
/// RMS (Noll) normalisation √(2(n+1)) for m ≠ 0 (cos mθ for m &gt; 0, sin |m|θ for m &lt; 0) and √(n+1) for m = 0.
/// ρ is 1 at the rim of the aperture and θ = atan2(row frequency, column frequency).
/// </summary>
/// <param name="N">The radial order n ≥ 0.</param>
/// <param name="M">The azimuthal order m, |m| ≤ n, n − |m| even.</param>
/// <param name="Coefficient">The coefficient c, in radians of phase (RMS over the pupil).</param>
public sealed record ZernikeAberration(int N, int M, double Coefficient) : PupilModifier
{
    /// <summary>The largest radial order accepted.</summary>
    public const int MaximumOrder = 1000;

    /// <summary>The normalised Zernike polynomial Z_n^m at (ρ, θ).</summary>
    /// <param name="n">The radial order, 0 … <see cref="MaximumOrder"/>.</param>
    /// <param name="m">The azimuthal order, |m| ≤ n, n − |m| even.</param>
    /// <param name="rho">The normalised radius.</param>
    /// <param name="theta">The angle.</param>
    /// <returns>The value.</returns>
    public static double Evaluate(int n, int m, double rho, double theta)
    {
        if (n < 0 || n > MaximumOrder || m < -n || m > n || ((n - m) & 1) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(m), $"Zernike orders need 0 ≤ n ≤ {MaximumOrder}, |m| ≤ n and n − |m| even; they were n = {n}, m = {m}.");
        }

        int am = Math.Abs(m);
        double radial = Radial(n, am, rho);
        return m > 0 ? Math.Sqrt(2 * n + 2) * radial * Math.Cos(m * theta)
            : m < 0 ? Math.Sqrt(2 * n + 2) * radial * Math.Sin(am * theta)
            : Math.Sqrt(n + 1) * radial;
    }

    /// <summary>
    /// The radial polynomial R_n^m(ρ) = (−1)^k ρ^m P_k^(m,0)(1 − 2ρ²), k = (n − m)/2, with the Jacobi polynomial from its
    /// three-term recurrence: stable at any order, where the explicit sum of factorials cancels catastrophically and
    /// overflows beyond n ≈ 170.
    /// </summary>
    /// <param name="n">The radial order.</param>
    /// <param name="m">|m|, with n − m even.</param>
    /// <param name="rho">The normalised radius.</param>
    /// <returns>R_n^m(ρ).</returns>
    internal static double Radial(int n, int m, double rho)
    {
        int k = (n - m) / 2;
        double x = 1 - 2 * rho * rho, alpha = m;
        double previous = 1, current = 1;
        if (k > 0)
        {
            current = (alpha + 1) + (alpha + 2) * (x - 1) / 2;
        }

        for (int j = 2; j <= k; j++)
        {
            double a = 2 * j + alpha;
            double next = ((a - 1) * (a * (a - 2) * x + alpha * alpha) * current - 2 * (j + alpha - 1) * (j - 1) * a * previous)
                / (2 * j * (j + alpha) * (a - 2));
            previous = current;
            current = next;
        }

        double value = k == 0 ? 1 : current;
        return ((k & 1) == 0 ? 1 : -1) * Math.Pow(rho, m) * value;
    }

    /// <inheritdoc />
    internal override void Apply(Span<Complex> pupil, PupilCoordinates coordinates)
    {
        if (Coefficient == 0)
        {
            return;
        }

        for (int i = 0; i < pupil.Length; i++)
        {
            if (coordinates.Support[i])
            {
                double phase = Coefficient * Evaluate(N, M, coordinates.ZernikeRho[i], coordinates.Theta[i]);
                pupil[i] *= new Complex(Math.Cos(phase), Math.Sin(phase));
            }
        }
    }
}
