using System;
using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>
/// Lorenz–Mie scattering coefficients a<sub>n</sub>, b<sub>n</sub> for homogeneous and
/// radially stratified (multilayer) spheres.
/// </summary>
/// <remarks>
/// <para>
/// Conventions follow Bohren and Huffman, <i>Absorption and Scattering of Light by Small
/// Particles</i> (1983): time dependence exp(−iωt), Riccati–Bessel functions
/// ψ<sub>n</sub>(ρ) = ρ j<sub>n</sub>(ρ) and ξ<sub>n</sub>(ρ) = ρ h<sub>n</sub><sup>(1)</sup>(ρ), and
/// refractive indices relative to the surrounding medium with a non-negative imaginary part
/// for absorbing materials. The size parameter is x = k r with k the wavenumber in the medium.
/// </para>
/// <para>
/// The evaluation is numerically stable from x ≈ 10<sup>−6</sup> to beyond 10<sup>3</sup> and for
/// strongly absorbing materials: the logarithmic derivative D<sub>n</sub>(z) = ψ<sub>n</sub>′(z)/ψ<sub>n</sub>(z)
/// is obtained by downward recurrence, ψ<sub>n</sub>(x) by Miller's normalised downward recurrence,
/// and the dominant solution x y<sub>n</sub>(x) by upward recurrence. Coefficients whose magnitude
/// falls below the double-precision range are returned as zero.
/// </para>
/// </remarks>
public static class MieCoefficients
{
    /// <summary>Largest size parameter accepted by the methods of this class.</summary>
    public const double MaxSizeParameter = 1e6;

    private const int MaxTermCount = 2_000_000;
    private const int RecurrenceMargin = 16;
    private const double RescaleThreshold = 1e150;
    private const double NegligibleCoefficientThreshold = 1e200;

    /// <summary>
    /// Number of terms needed for convergence of the Mie series by Wiscombe's criterion
    /// (W. J. Wiscombe, "Improved Mie scattering algorithms", Appl. Opt. 19, 1505, 1980).
    /// </summary>
    /// <param name="x">Size parameter, positive and at most <see cref="MaxSizeParameter"/>.</param>
    /// <returns>
    /// ⌊x + 4 x<sup>1/3</sup> + 1⌋ for x ≤ 8, ⌊x + 4.05 x<sup>1/3</sup> + 2⌋ for 8 &lt; x &lt; 4200 and
    /// ⌊x + 4 x<sup>1/3</sup> + 2⌋ for x ≥ 4200. Wiscombe states the first branch for x ≥ 0.02;
    /// it is used here for all x ≤ 8.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is not a positive finite number up to <see cref="MaxSizeParameter"/>.</exception>
    public static int TermCount(double x)
    {
        ValidateSizeParameter(x, nameof(x));
        double cubeRoot = Math.Cbrt(x);
        double count = x <= 8 ? x + 4 * cubeRoot + 1
            : x < 4200 ? x + 4.05 * cubeRoot + 2
            : x + 4 * cubeRoot + 2;
        return (int)Math.Floor(count);
    }

    /// <summary>
    /// The number of terms the scatterers use: Wiscombe's count (<see cref="TermCount"/>) plus two. Wiscombe's rule gives
    /// one term below x ≈ 0.02, where the asymmetry parameter and S₂ near 90° need the second (at x = 0.01 one term
    /// leaves g 37 % low and S₂(90°) off by a factor of 24), and is one or two short up to x ≈ 1 and for nearly
    /// index-matched spheres; with two more, g, Q_sca, Q_back and S₁, S₂ at every angle agree with the converged series
    /// to 1e-6 relative for every size parameter (measured from x = 10⁻⁶ to 100 and for m from 0.5 to 10 + 10i).
    /// </summary>
    /// <param name="x">Size parameter, positive and at most <see cref="MaxSizeParameter"/>.</param>
    /// <returns><see cref="TermCount"/>(x) + 2.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is not a positive finite number up to <see cref="MaxSizeParameter"/>.</exception>
    public static int ConvergedTermCount(double x) => TermCount(x) + 2;

    /// <summary>
    /// Number of terms used by the DeepTrack 2.0 reference implementation,
    /// ⌊x + 4 x<sup>1/3</sup> + 2⌋, a single-formula simplification of Wiscombe's criterion.
    /// Pass the result as the <c>terms</c> argument of <see cref="Compute"/> to reproduce
    /// DeepTrack 2.0 results term by term.
    /// </summary>
    /// <param name="x">Size parameter, positive and at most <see cref="MaxSizeParameter"/>.</param>
    /// <returns>⌊x + 4 x<sup>1/3</sup> + 2⌋.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is not a positive finite number up to <see cref="MaxSizeParameter"/>.</exception>
    public static int TermCountDeepTrack(double x)
    {
        ValidateSizeParameter(x, nameof(x));
        return (int)Math.Floor(x + 4 * Math.Cbrt(x) + 2);
    }

    /// <summary>
    /// Computes the Mie coefficients of a homogeneous sphere (Bohren–Huffman eq. 4.88).
    /// </summary>
    /// <param name="m">Refractive index of the sphere relative to the medium; non-zero, finite, imaginary part ≥ 0.</param>
    /// <param name="x">Size parameter x = k r, positive and at most <see cref="MaxSizeParameter"/>.</param>
    /// <param name="terms">Number of terms L, from 1 to 2 000 000; <see cref="ConvergedTermCount"/>(x) when null.</param>
    /// <returns>The coefficients a<sub>n</sub>, b<sub>n</sub> for n = 1..L.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside the ranges stated above, or <paramref name="terms"/> is out of range.</exception>
    public static MieCoefficientSet Compute(Complex m, double x, int? terms = null)
    {
        ValidateIndex(m, nameof(m));
        ValidateSizeParameter(x, nameof(x));
        int count = ResolveTerms(terms, x);

        Complex z = m * x;
        var logDerivative = new Complex[count + 1];
        var excess = new Complex[count + 1];
        FillLogDerivative(z, StartIndex(count, z.Magnitude), logDerivative, excess);
        return Assemble(logDerivative, logDerivative, excess, excess, m, x, count);
    }

    /// <summary>
    /// Computes the Mie coefficients of a radially stratified sphere with Yang's recursive
    /// algorithm (W. Yang, "Improved recursive algorithm for light scattering by a multilayered
    /// sphere", Appl. Opt. 42, 1710, 2003). A coated sphere (Bohren–Huffman section 8.1) is the
    /// two-layer case, and a single layer gives the homogeneous sphere.
    /// </summary>
    /// <remarks>
    /// The logarithmic derivatives H<sup>a</sup><sub>n</sub>, H<sup>b</sup><sub>n</sub> of the field
    /// functions are carried from the core outward through each interface (Yang's eqs. for
    /// H<sup>a</sup>, H<sup>b</sup> with the ratio Q<sub>n</sub> of ψ<sub>n</sub>/ξ<sub>n</sub> at the
    /// inner and outer radius of a layer, by upward recurrence); ψ<sub>n</sub>′/ψ<sub>n</sub> is
    /// obtained by downward and ξ<sub>n</sub>′/ξ<sub>n</sub> by upward recurrence, and the outermost
    /// layer is matched to the medium as in <see cref="Compute"/>.
    /// </remarks>
    /// <param name="relativeIndices">
    /// Refractive index of each layer relative to the medium, from the core outward; each non-zero,
    /// finite, with imaginary part ≥ 0.
    /// </param>
    /// <param name="sizeParameters">
    /// Outer size parameter x<sub>j</sub> = k r<sub>j</sub> of each layer, from the core outward;
    /// strictly increasing, positive and at most <see cref="MaxSizeParameter"/>.
    /// </param>
    /// <param name="terms">Number of terms L, from 1 to 2 000 000; <see cref="ConvergedTermCount"/> of the outermost size parameter when null.</param>
    /// <returns>The coefficients a<sub>n</sub>, b<sub>n</sub> for n = 1..L, with the outermost size parameter.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">The lists are empty or differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index or size parameter is outside the ranges stated above, or <paramref name="terms"/> is out of range.</exception>
    public static MieCoefficientSet ComputeStratified(
        IReadOnlyList<Complex> relativeIndices,
        IReadOnlyList<double> sizeParameters,
        int? terms = null)
    {
        ArgumentNullException.ThrowIfNull(relativeIndices);
        ArgumentNullException.ThrowIfNull(sizeParameters);
        int layers = relativeIndices.Count;
        if (layers == 0)
        {
            throw new ArgumentException("At least one layer is required.", nameof(relativeIndices));
        }

        if (sizeParameters.Count != layers)
        {
            throw new ArgumentException(
                $"Expected {layers} size parameters, one per layer, but got {sizeParameters.Count}.",
                nameof(sizeParameters));
        }

        double maxArgument = 0;
        for (int j = 0; j < layers; j++)
        {
            ValidateIndex(relativeIndices[j], nameof(relativeIndices));
            ValidateSizeParameter(sizeParameters[j], nameof(sizeParameters));
            if (j > 0 && !(sizeParameters[j] > sizeParameters[j - 1]))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(sizeParameters),
                    sizeParameters[j],
                    $"Size parameters must increase strictly from the core outward, but layer {j} has {sizeParameters[j]} after {sizeParameters[j - 1]}.");
            }

            maxArgument = Math.Max(maxArgument, (relativeIndices[j] * sizeParameters[j]).Magnitude);
        }

        double outerX = sizeParameters[layers - 1];
        int count = ResolveTerms(terms, outerX);
        int start = StartIndex(count, maxArgument);

        var ha = new Complex[count + 1];
        var hb = new Complex[count + 1];
        var excessA = new Complex[count + 1];
        var excessB = new Complex[count + 1];
        FillLogDerivative(relativeIndices[0] * sizeParameters[0], start, ha, excessA);
        ha.AsSpan().CopyTo(hb);
        excessA.AsSpan().CopyTo(excessB);

        if (layers > 1)
        {
            var d1Inner = new Complex[count + 1];
            var d1Outer = new Complex[count + 1];
            var scratch = new Complex[count + 1];
            var g1Outer = new Complex[count + 1];
            var d3Inner = new Complex[count + 1];
            var d3Outer = new Complex[count + 1];
            for (int l = 1; l < layers; l++)
            {
                Complex mPrev = relativeIndices[l - 1];
                Complex mLayer = relativeIndices[l];
                Complex zInner = mLayer * sizeParameters[l - 1];
                Complex zOuter = mLayer * sizeParameters[l];
                FillLogDerivative(zInner, start, d1Inner, scratch);
                FillLogDerivative(zOuter, start, d1Outer, g1Outer);
                FillOutgoingLogDerivative(zInner, d3Inner);
                FillOutgoingLogDerivative(zOuter, d3Outer);

                Complex q = InitialRatio(zInner, zOuter);
                for (int n = 1; n <= count; n++)
                {
                    q *= PsiXiRatioStep(n, zInner, d1Inner[n - 1], d3Inner[n - 1])
                        / PsiXiRatioStep(n, zOuter, d1Outer[n - 1], d3Outer[n - 1]);

                    // H = D1 + q·g1·(D1 − D3)/(g2 − q·g1) = (g2·D1 − q·g1·D3)/(g2 − q·g1); its excess over (n + 1)/z is
                    // carried separately (see Assemble).
                    Complex ga1 = mLayer * ha[n] - mPrev * d1Inner[n];
                    Complex ga2 = mLayer * ha[n] - mPrev * d3Inner[n];
                    Complex correctionA = q * ga1 * (d1Outer[n] - d3Outer[n]) / (ga2 - q * ga1);
                    ha[n] = d1Outer[n] + correctionA;
                    excessA[n] = g1Outer[n] + correctionA;

                    Complex gb1 = mPrev * hb[n] - mLayer * d1Inner[n];
                    Complex gb2 = mPrev * hb[n] - mLayer * d3Inner[n];
                    Complex correctionB = q * gb1 * (d1Outer[n] - d3Outer[n]) / (gb2 - q * gb1);
                    hb[n] = d1Outer[n] + correctionB;
                    excessB[n] = g1Outer[n] + correctionB;
                }
            }
        }

        return Assemble(ha, hb, excessA, excessB, relativeIndices[layers - 1], outerX, count);
    }

    /// <summary>
    /// Forms a<sub>n</sub> and b<sub>n</sub> from the logarithmic derivatives H<sub>n</sub> of the interior field
    /// functions at the particle surface (z = m x) and their excess E<sub>n</sub> = H<sub>n</sub> − (n + 1)/z.
    /// </summary>
    /// <remarks>
    /// With ψ<sub>n−1</sub> = ψ<sub>n</sub>·(D<sub>n</sub>(x) + n/x), D<sub>n</sub>(x) = (n + 1)/x + G<sub>n</sub>(x), the
    /// numerators are ψ<sub>n</sub>·((n + 1)(1/m² − 1)/x + E<sup>a</sup>/m − G<sub>n</sub>(x)) and
    /// ψ<sub>n</sub>·(m E<sup>b</sup> − G<sub>n</sub>(x)). Written so, b<sub>n</sub> ∝ x<sup>2n+3</sup> of a small sphere is
    /// not the difference of two terms of order x (which loses every digit below x ≈ 10<sup>−4</sup>).
    /// </remarks>
    private static MieCoefficientSet Assemble(Complex[] ha, Complex[] hb, Complex[] excessA, Complex[] excessB, Complex m, double x, int count)
    {
        double[] psi = RiccatiBesselPsi(x, count);
        var excessX = new Complex[count + 1];
        FillLogDerivative(x, StartIndex(count, x), new Complex[count + 1], excessX);
        var a = new Complex[count];
        var b = new Complex[count];

        double sin = Math.Sin(x);
        double cos = Math.Cos(x);
        double etaPrevious = -cos;
        double eta = -cos / x - sin;
        Complex inverseSquare = 1 / (m * m) - 1;
        for (int n = 1; n <= count; n++)
        {
            if (n > 1)
            {
                double next = (2 * n - 1) / x * eta - etaPrevious;
                etaPrevious = eta;
                eta = next;
            }

            if (!(Math.Abs(eta) < NegligibleCoefficientThreshold))
            {
                break;
            }

            double nOverX = n / x;
            Complex numeratorA = psi[n] * ((n + 1) * inverseSquare / x + excessA[n] / m - excessX[n]);
            Complex ca = ha[n] / m + nOverX;
            a[n - 1] = numeratorA / (numeratorA + Complex.ImaginaryOne * (ca * eta - etaPrevious));

            Complex numeratorB = psi[n] * (m * excessB[n] - excessX[n]);
            Complex cb = m * hb[n] + nOverX;
            b[n - 1] = numeratorB / (numeratorB + Complex.ImaginaryOne * (cb * eta - etaPrevious));
        }

        return new MieCoefficientSet(a, b, x);
    }

    /// <summary>
    /// ψ<sub>n</sub>(x) for n = 0..count by Miller's downward recurrence, normalised with
    /// ψ<sub>0</sub> = sin x and ψ<sub>1</sub> = sin x / x − cos x in the least-squares sense so
    /// that a zero of either does not degrade the normalisation.
    /// </summary>
    internal static double[] RiccatiBesselPsi(double x, int count)
    {
        int start = StartIndex(count, x);
        var psi = new double[count + 1];
        double upper = 0;
        double current = 1;
        for (int n = start; n > 0; n--)
        {
            double lower = (2 * n + 1) / x * current - upper;
            upper = current;
            current = lower;
            if (n - 1 <= count)
            {
                psi[n - 1] = current;
            }

            if (Math.Abs(current) > RescaleThreshold)
            {
                double scale = 1 / RescaleThreshold;
                current *= scale;
                upper *= scale;
                for (int k = n - 1; k <= count; k++)
                {
                    psi[k] *= scale;
                }
            }
        }

        double sin = Math.Sin(x);
        double psi0 = sin;
        double psi1 = sin / x - Math.Cos(x);
        double magnitude = Math.Max(Math.Abs(psi[0]), Math.Abs(psi[1]));
        double p0 = psi[0] / magnitude;
        double p1 = psi[1] / magnitude;
        double factor = (psi0 * p0 + psi1 * p1) / (p0 * p0 + p1 * p1) / magnitude;
        for (int n = 0; n <= count; n++)
        {
            psi[n] *= factor;
        }

        return psi;
    }

    /// <summary>
    /// D<sub>n</sub>(z) = ψ<sub>n</sub>′(z)/ψ<sub>n</sub>(z) for n = 0..target.Length − 1, and its excess
    /// G<sub>n</sub>(z) = D<sub>n</sub>(z) − (n + 1)/z, by the downward recurrence
    /// G<sub>n−1</sub> = −z/(2n + 1 + z G<sub>n</sub>) (that of D<sub>n−1</sub> = n/z − 1/(D<sub>n</sub> + n/z) for the excess, which
    /// stays accurate where D is dominated by (n + 1)/z), started at zero from index <paramref name="start"/>.
    /// </summary>
    private static void FillLogDerivative(Complex z, int start, Complex[] target, Complex[] excess)
    {
        Complex g = Complex.Zero;
        int last = target.Length - 1;
        for (int n = start; n > 0; n--)
        {
            if (n <= last)
            {
                excess[n] = g;
                target[n] = (n + 1) / z + g;
            }

            g = -z / (2 * n + 1 + z * g);
        }

        excess[0] = g;
        target[0] = 1 / z + g;
    }

    /// <summary>
    /// ξ<sub>n</sub>′(z)/ξ<sub>n</sub>(z) for n = 0..target.Length − 1 by upward recurrence from
    /// ξ<sub>0</sub>′/ξ<sub>0</sub> = i; ξ<sub>n</sub> is the dominant solution, so the recurrence
    /// is stable in this direction.
    /// </summary>
    private static void FillOutgoingLogDerivative(Complex z, Complex[] target)
    {
        Complex d = Complex.ImaginaryOne;
        target[0] = d;
        for (int n = 1; n < target.Length; n++)
        {
            Complex nOverZ = n / z;
            d = 1 / (nOverZ - d) - nOverZ;
            target[n] = d;
        }
    }

    /// <summary>
    /// [ψ<sub>n</sub>(z)/ξ<sub>n</sub>(z)] / [ψ<sub>n−1</sub>(z)/ξ<sub>n−1</sub>(z)] from the
    /// logarithmic derivatives of order n − 1.
    /// </summary>
    private static Complex PsiXiRatioStep(int n, Complex z, Complex d1Previous, Complex d3Previous)
    {
        Complex nOverZ = n / z;
        return (nOverZ - d1Previous) / (nOverZ - d3Previous);
    }

    /// <summary>
    /// [ψ<sub>0</sub>(z₁)/ξ<sub>0</sub>(z₁)] / [ψ<sub>0</sub>(z₂)/ξ<sub>0</sub>(z₂)] written with
    /// exponentials of non-positive real part when Im z₂ ≥ Im z₁ ≥ 0.
    /// </summary>
    private static Complex InitialRatio(Complex z1, Complex z2)
    {
        Complex i2 = 2 * Complex.ImaginaryOne;
        return Complex.Exp(i2 * (z2 - z1)) * (Complex.Exp(i2 * z1) - 1) / (Complex.Exp(i2 * z2) - 1);
    }

    /// <summary>
    /// Index at which downward recurrences start: above both the highest order and the argument
    /// by a margin that grows with the width of the transition region, |z|<sup>1/3</sup>.
    /// </summary>
    private static int StartIndex(int count, double argument)
    {
        double top = Math.Max(count, argument);
        return (int)Math.Ceiling(top + 8 * Math.Cbrt(top)) + RecurrenceMargin;
    }

    private static int ResolveTerms(int? terms, double x)
    {
        if (terms is null)
        {
            return ConvergedTermCount(x);
        }

        int value = terms.Value;
        if (value < 1 || value > MaxTermCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(terms), value, $"The number of terms must be between 1 and {MaxTermCount}.");
        }

        return value;
    }

    private static void ValidateSizeParameter(double x, string parameterName)
    {
        if (!(x > 0 && x <= MaxSizeParameter))
        {
            throw new ArgumentOutOfRangeException(
                parameterName, x, $"The size parameter must be a positive finite number no larger than {MaxSizeParameter}.");
        }
    }

    private static void ValidateIndex(Complex m, string parameterName)
    {
        if (!double.IsFinite(m.Real) || !double.IsFinite(m.Imaginary) || m.Imaginary < 0 || m == Complex.Zero)
        {
            throw new ArgumentOutOfRangeException(
                parameterName, m, "The relative refractive index must be finite, non-zero and have a non-negative imaginary part.");
        }
    }
}
