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
    /// <summary>The normalised Zernike polynomial Z_n^m at (ρ, θ).</summary>
    /// <param name="n">The radial order.</param>
    /// <param name="m">The azimuthal order.</param>
    /// <param name="rho">The normalised radius.</param>
    /// <param name="theta">The angle.</param>
    /// <returns>The value.</returns>
    public static double Evaluate(int n, int m, double rho, double theta)
    {
        int am = Math.Abs(m);
        double radial = 0;
        for (int k = 0; k <= (n - am) / 2; k++)
        {
            radial += (k % 2 == 0 ? 1 : -1) * Factorial(n - k) / (Factorial(k) * Factorial((n + am) / 2 - k) * Factorial((n - am) / 2 - k)) * Math.Pow(rho, n - 2 * k);
        }

        return m > 0 ? Math.Sqrt(2 * n + 2) * radial * Math.Cos(m * theta)
            : m < 0 ? Math.Sqrt(2 * n + 2) * radial * Math.Sin(am * theta)
            : Math.Sqrt(n + 1) * radial;
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

    private static double Factorial(int n)
    {
        double result = 1;
        for (int i = 2; i <= n; i++)
        {
            result *= i;
        }

        return result;
    }
}
