using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>
/// Mie coefficients a<sub>n</sub>, b<sub>n</sub> (n = 1..L) of a sphere together with its size
/// parameter, and the far-field quantities derived from them in the conventions of Bohren and
/// Huffman (1983).
/// </summary>
/// <remarks>
/// Efficiencies are cross sections divided by the geometric cross section π r², where r is the
/// outer radius and x = k r the size parameter given by <see cref="SizeParameter"/>.
/// </remarks>
public sealed class MieCoefficientSet
{
    private readonly Complex[] _a;
    private readonly Complex[] _b;

    internal MieCoefficientSet(Complex[] a, Complex[] b, double sizeParameter)
    {
        _a = a;
        _b = b;
        SizeParameter = sizeParameter;
    }

    /// <summary>Electric coefficients a<sub>n</sub>; element 0 is n = 1.</summary>
    public ReadOnlyMemory<Complex> A => _a;

    /// <summary>Magnetic coefficients b<sub>n</sub>; element 0 is n = 1.</summary>
    public ReadOnlyMemory<Complex> B => _b;

    /// <summary>Number of terms L.</summary>
    public int TermCount => _a.Length;

    /// <summary>Size parameter x = k r of the (outer) sphere surface.</summary>
    public double SizeParameter { get; }

    /// <summary>Whether <paramref name="other"/> has the same size parameter and the same a<sub>n</sub> and b<sub>n</sub>, bit for bit (what keys of the caches that hold values computed from a series compare).</summary>
    /// <param name="other">The other series.</param>
    /// <returns>Whether both are the same series.</returns>
    internal bool SameSeries(MieCoefficientSet other)
        => SizeParameter.Equals(other.SizeParameter) && _a.AsSpan().SequenceEqual(other._a) && _b.AsSpan().SequenceEqual(other._b);

    /// <summary>A hash code that agrees with <see cref="SameSeries"/>.</summary>
    /// <returns>The hash code.</returns>
    internal int SeriesHashCode() => HashCode.Combine(TermCount, SizeParameter, _a[0], _b[0]);

    /// <summary>Extinction efficiency Q<sub>ext</sub> = (2/x²) Σ (2n+1) Re(a<sub>n</sub> + b<sub>n</sub>).</summary>
    public double ExtinctionEfficiency
    {
        get
        {
            double sum = 0;
            for (int i = 0; i < _a.Length; i++)
            {
                sum += (2 * i + 3) * (_a[i].Real + _b[i].Real);
            }

            return 2 * sum / (SizeParameter * SizeParameter);
        }
    }

    /// <summary>Scattering efficiency Q<sub>sca</sub> = (2/x²) Σ (2n+1)(|a<sub>n</sub>|² + |b<sub>n</sub>|²).</summary>
    public double ScatteringEfficiency
    {
        get
        {
            double sum = 0;
            for (int i = 0; i < _a.Length; i++)
            {
                sum += (2 * i + 3) * (SquaredMagnitude(_a[i]) + SquaredMagnitude(_b[i]));
            }

            return 2 * sum / (SizeParameter * SizeParameter);
        }
    }

    /// <summary>
    /// Absorption efficiency Q<sub>abs</sub> = Q<sub>ext</sub> − Q<sub>sca</sub>. For a non-absorbing sphere
    /// it is zero up to rounding (|Q<sub>abs</sub>| below about 1e-13 × Q<sub>ext</sub>), and may then be a tiny negative number.
    /// </summary>
    public double AbsorptionEfficiency => ExtinctionEfficiency - ScatteringEfficiency;

    /// <summary>
    /// Backscattering efficiency Q<sub>b</sub> = (1/x²) |Σ (2n+1)(−1)<sup>n</sup>(a<sub>n</sub> − b<sub>n</sub>)|²
    ///, equal to 4|S<sub>1</sub>(π)|²/x².
    /// </summary>
    public double BackscatterEfficiency
    {
        get
        {
            Complex sum = Complex.Zero;
            for (int i = 0; i < _a.Length; i++)
            {
                int n = i + 1;
                double sign = (n & 1) == 0 ? 1 : -1;
                sum += sign * (2 * n + 1) * (_a[i] - _b[i]);
            }

            return SquaredMagnitude(sum) / (SizeParameter * SizeParameter);
        }
    }

    /// <summary>
    /// Asymmetry parameter g = ⟨cos θ⟩ (Bohren–Huffman chapter 4):
    /// g Q<sub>sca</sub> = (4/x²) Σ [n(n+2)/(n+1) Re(a<sub>n</sub> a*<sub>n+1</sub> + b<sub>n</sub> b*<sub>n+1</sub>)
    /// + (2n+1)/(n(n+1)) Re(a<sub>n</sub> b*<sub>n</sub>)]. Zero when Q<sub>sca</sub> is zero.
    /// </summary>
    public double AsymmetryParameter
    {
        get
        {
            double scattering = ScatteringEfficiency;
            if (scattering == 0)
            {
                return 0;
            }

            double sum = 0;
            for (int i = 0; i < _a.Length; i++)
            {
                double n = i + 1;
                if (i + 1 < _a.Length)
                {
                    sum += n * (n + 2) / (n + 1)
                        * ((_a[i] * Complex.Conjugate(_a[i + 1])).Real + (_b[i] * Complex.Conjugate(_b[i + 1])).Real);
                }

                sum += (2 * n + 1) / (n * (n + 1)) * (_a[i] * Complex.Conjugate(_b[i])).Real;
            }

            return 4 * sum / (SizeParameter * SizeParameter * scattering);
        }
    }

    /// <summary>
    /// Scattering amplitude functions S<sub>1</sub>(θ) and S<sub>2</sub>(θ) (Bohren–Huffman chapter 4):
    /// S<sub>1</sub> = Σ (2n+1)/(n(n+1)) (a<sub>n</sub> π<sub>n</sub> + b<sub>n</sub> τ<sub>n</sub>) and
    /// S<sub>2</sub> = Σ (2n+1)/(n(n+1)) (a<sub>n</sub> τ<sub>n</sub> + b<sub>n</sub> π<sub>n</sub>).
    /// </summary>
    /// <param name="theta">Scattering angle in radians; θ = 0 is the forward direction.</param>
    /// <returns>The pair (S<sub>1</sub>, S<sub>2</sub>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="theta"/> is not finite.</exception>
    public (Complex S1, Complex S2) AmplitudeFunctions(double theta)
    {
        if (!double.IsFinite(theta))
        {
            throw new ArgumentOutOfRangeException(nameof(theta), theta, "The scattering angle must be finite.");
        }

        return Evaluate(_a, _b, Math.Cos(theta));
    }

    /// <summary>
    /// Evaluates S<sub>1</sub> and S<sub>2</sub> (see <see cref="AmplitudeFunctions(double)"/>) for
    /// many scattering angles given by their cosines.
    /// </summary>
    /// <param name="cosTheta">Cosines of the scattering angles, each in [−1, 1].</param>
    /// <param name="s1">Receives S<sub>1</sub>; same length as <paramref name="cosTheta"/>.</param>
    /// <param name="s2">Receives S<sub>2</sub>; same length as <paramref name="cosTheta"/>.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cosine is outside [−1, 1] or NaN.</exception>
    public void AmplitudeFunctions(ReadOnlySpan<double> cosTheta, Span<Complex> s1, Span<Complex> s2)
    {
        if (s1.Length != cosTheta.Length || s2.Length != cosTheta.Length)
        {
            throw new ArgumentException(
                $"The output spans must have the length of {nameof(cosTheta)} ({cosTheta.Length}), but have {s1.Length} and {s2.Length}.",
                nameof(s1));
        }

        for (int i = 0; i < cosTheta.Length; i++)
        {
            ValidateCosine(cosTheta[i], nameof(cosTheta));
        }

        Evaluate(_a, _b, cosTheta, s1, s2);
    }

    /// <summary>
    /// Evaluates S<sub>1</sub> and S<sub>2</sub> at one angle from explicit coefficients, with no
    /// state beyond its arguments: the per-angle kernel behind
    /// <see cref="AmplitudeFunctions(ReadOnlySpan{double}, Span{Complex}, Span{Complex})"/>.
    /// The angular functions are generated by upward recurrence,
    /// π<sub>n</sub> = [(2n−1) cos θ π<sub>n−1</sub> − n π<sub>n−2</sub>]/(n−1) from π<sub>0</sub> = 0, π<sub>1</sub> = 1, with
    /// τ<sub>n</sub> = n cos θ π<sub>n</sub> − (n+1) π<sub>n−1</sub>.
    /// </summary>
    /// <param name="a">a<sub>n</sub> for n = 1..L; element 0 is n = 1.</param>
    /// <param name="b">b<sub>n</sub> for n = 1..L; same length as <paramref name="a"/>.</param>
    /// <param name="cosTheta">Cosine of the scattering angle, in [−1, 1].</param>
    /// <returns>The pair (S<sub>1</sub>, S<sub>2</sub>).</returns>
    /// <exception cref="ArgumentException"><paramref name="a"/> and <paramref name="b"/> differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cosTheta"/> is outside [−1, 1] or NaN.</exception>
    public static (Complex S1, Complex S2) AmplitudeFunctionsAtCosine(
        ReadOnlySpan<Complex> a, ReadOnlySpan<Complex> b, double cosTheta)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException(
                $"The coefficient spans must have equal lengths, but have {a.Length} and {b.Length}.", nameof(b));
        }

        ValidateCosine(cosTheta, nameof(cosTheta));
        return Evaluate(a, b, cosTheta);
    }

    private static (Complex S1, Complex S2) Evaluate(ReadOnlySpan<Complex> a, ReadOnlySpan<Complex> b, double mu)
    {
        Complex s1 = Complex.Zero;
        Complex s2 = Complex.Zero;
        double piPrevious = 0;
        double pi = 1;
        for (int i = 0; i < a.Length; i++)
        {
            int n = i + 1;
            if (n > 1)
            {
                double next = ((2 * n - 1) * mu * pi - n * piPrevious) / (n - 1);
                piPrevious = pi;
                pi = next;
            }

            double tau = n * mu * pi - (n + 1) * piPrevious;
            double weight = (2.0 * n + 1) / ((double)n * (n + 1));
            s1 += weight * (a[i] * pi + b[i] * tau);
            s2 += weight * (a[i] * tau + b[i] * pi);
        }

        return (s1, s2);
    }

    /// <summary>
    /// S<sub>1</sub> and S<sub>2</sub> at many cosines (each in [−1, 1]), the lanes of a vector at a time: every lane
    /// takes the operations of <see cref="Evaluate(ReadOnlySpan{Complex}, ReadOnlySpan{Complex}, double)"/> in their
    /// order, so the results are its results bit for bit. <see cref="Complex"/>'s operators treat infinities and NaN
    /// apart, and a value that is not finite stays so through the sums, so a lane whose result is not finite is
    /// evaluated again one angle at a time.
    /// </summary>
    internal static void Evaluate(ReadOnlySpan<Complex> a, ReadOnlySpan<Complex> b, ReadOnlySpan<double> mu, Span<Complex> s1, Span<Complex> s2)
    {
        int width = Vector<double>.Count, i = 0;
        for (; i <= mu.Length - width; i += width)
        {
            var cosine = new Vector<double>(mu.Slice(i));
            Vector<double> s1Real = Vector<double>.Zero, s1Imaginary = Vector<double>.Zero, s2Real = Vector<double>.Zero, s2Imaginary = Vector<double>.Zero;
            var piPrevious = Vector<double>.Zero;
            var pi = Vector<double>.One;
            for (int t = 0; t < a.Length; t++)
            {
                int n = t + 1;
                if (n > 1)
                {
                    var next = (new Vector<double>(2 * n - 1) * cosine * pi - new Vector<double>(n) * piPrevious) / new Vector<double>(n - 1);
                    piPrevious = pi;
                    pi = next;
                }

                var tau = new Vector<double>(n) * cosine * pi - new Vector<double>(n + 1) * piPrevious;
                var weight = new Vector<double>((2.0 * n + 1) / ((double)n * (n + 1)));
                double ar = a[t].Real, ai = a[t].Imaginary, br = b[t].Real, bi = b[t].Imaginary;
                s1Real += weight * (pi * ar + tau * br);
                s1Imaginary += weight * (pi * ai + tau * bi);
                s2Real += weight * (tau * ar + pi * br);
                s2Imaginary += weight * (tau * ai + pi * bi);
            }

            for (int lane = 0; lane < width; lane++)
            {
                var first = new Complex(s1Real[lane], s1Imaginary[lane]);
                var second = new Complex(s2Real[lane], s2Imaginary[lane]);
                (s1[i + lane], s2[i + lane]) = Complex.IsFinite(first) && Complex.IsFinite(second) ? (first, second) : Evaluate(a, b, mu[i + lane]);
            }
        }

        for (; i < mu.Length; i++)
        {
            (s1[i], s2[i]) = Evaluate(a, b, mu[i]);
        }
    }

    private static void ValidateCosine(double cosTheta, string parameterName)
    {
        if (!(cosTheta >= -1 && cosTheta <= 1))
        {
            throw new ArgumentOutOfRangeException(parameterName, cosTheta, "The cosine of the scattering angle must lie in [-1, 1].");
        }
    }

    private static double SquaredMagnitude(Complex value) => value.Real * value.Real + value.Imaginary * value.Imaginary;
}
