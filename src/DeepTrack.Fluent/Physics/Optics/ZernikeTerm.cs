namespace DeepTrack.Fluent.Physics;

/// <summary>One term of a <see cref="ZernikeSeries"/>.</summary>
/// <param name="N">The radial order n ≥ 0.</param>
/// <param name="M">The azimuthal order m, |m| ≤ n, n − |m| even.</param>
/// <param name="Coefficient">The coefficient, in radians of RMS phase.</param>
public readonly record struct ZernikeTerm(int N, int M, double Coefficient);
