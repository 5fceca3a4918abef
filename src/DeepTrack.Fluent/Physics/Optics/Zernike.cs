namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Adds one Zernike phase aberration (<see cref="ZernikeAberration"/>) to the pupil. Named terms:
/// <see cref="Defocus"/>, <see cref="HorizontalComa"/>, … (Noll-normalised, coefficients in radians).
/// Chain several with <c>&gt;&gt;</c>, or use <see cref="ZernikeSeries"/> for a list.
/// </summary>
[Feature]
public sealed partial record Zernike : Feature<PupilFunction, PupilFunction>
{
    /// <summary>The radial order, 0 ≤ n ≤ 1000.</summary>
    [NonNegative]
    public partial int N { get; init; } = 0;

    /// <summary>The azimuthal order m, |m| ≤ n and n − |m| even.</summary>
    public partial int M { get; init; } = 0;

    /// <summary>The coefficient, in radians of RMS phase.</summary>
    public partial double Coefficient { get; init; } = 0;

    /// <summary>Piston, (n, m) = (0, 0).</summary>
    /// <param name="coefficient">The coefficient in radians.</param>
    /// <returns>The feature.</returns>
    public static Zernike Piston(double coefficient) => Term(0, 0, coefficient);

    /// <summary>Vertical tilt, (1, −1).</summary>
    /// <param name="coefficient">The coefficient in radians.</param>
    /// <returns>The feature.</returns>
    public static Zernike VerticalTilt(double coefficient) => Term(1, -1, coefficient);

    /// <summary>Horizontal tilt, (1, 1).</summary>
    /// <param name="coefficient">The coefficient in radians.</param>
    /// <returns>The feature.</returns>
    public static Zernike HorizontalTilt(double coefficient) => Term(1, 1, coefficient);

    /// <summary>Oblique astigmatism, (2, −2).</summary>
    /// <param name="coefficient">The coefficient in radians.</param>
    /// <returns>The feature.</returns>
    public static Zernike ObliqueAstigmatism(double coefficient) => Term(2, -2, coefficient);

    /// <summary>Defocus, (2, 0).</summary>
    /// <param name="coefficient">The coefficient in radians.</param>
    /// <returns>The feature.</returns>
    public static Zernike Defocus(double coefficient) => Term(2, 0, coefficient);

    /// <summary>Astigmatism, (2, 2).</summary>
    /// <param name="coefficient">The coefficient in radians.</param>
    /// <returns>The feature.</returns>
    public static Zernike Astigmatism(double coefficient) => Term(2, 2, coefficient);

    /// <summary>Oblique trefoil, (3, −3).</summary>
    /// <param name="coefficient">The coefficient in radians.</param>
    /// <returns>The feature.</returns>
    public static Zernike ObliqueTrefoil(double coefficient) => Term(3, -3, coefficient);

    /// <summary>Vertical coma, (3, −1).</summary>
    /// <param name="coefficient">The coefficient in radians.</param>
    /// <returns>The feature.</returns>
    public static Zernike VerticalComa(double coefficient) => Term(3, -1, coefficient);

    /// <summary>Horizontal coma, (3, 1).</summary>
    /// <param name="coefficient">The coefficient in radians.</param>
    /// <returns>The feature.</returns>
    public static Zernike HorizontalComa(double coefficient) => Term(3, 1, coefficient);

    /// <summary>Trefoil, (3, 3).</summary>
    /// <param name="coefficient">The coefficient in radians.</param>
    /// <returns>The feature.</returns>
    public static Zernike Trefoil(double coefficient) => Term(3, 3, coefficient);

    /// <summary>Primary spherical aberration, (4, 0).</summary>
    /// <param name="coefficient">The coefficient in radians.</param>
    /// <returns>The feature.</returns>
    public static Zernike SphericalAberration(double coefficient) => Term(4, 0, coefficient);

    /// <inheritdoc />
    protected override PupilFunction Compute(PupilFunction input, FeatureContext context)
    {
        Require(N >= 0 && N <= ZernikeAberration.MaximumOrder, N, $"must be between 0 and {ZernikeAberration.MaximumOrder}");
        Require(M >= -N && M <= N && ((N - M) & 1) == 0, M, $"|m| must be ≤ n = {N} with n − |m| even");
        Require(double.IsFinite(Coefficient), Coefficient, "must be finite");
        return input.With(new ZernikeAberration(N, M, Coefficient));
    }

    private static Zernike Term(int n, int m, double coefficient) => new Zernike().WithN(n).WithM(m).WithCoefficient(coefficient);
}
