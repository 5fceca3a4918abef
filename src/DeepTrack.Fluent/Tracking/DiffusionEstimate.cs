namespace DeepTrack.Fluent.Tracking;

/// <summary>A diffusion coefficient fitted to an MSD curve: MSD(τ) = 2·<see cref="Dimensions"/>·D·τ + <see cref="Offset"/>.</summary>
/// <param name="Coefficient">D, in <see cref="Unit"/>.</param>
/// <param name="Offset">The MSD at τ = 0 (localisation error and motion blur: 2·dims·σ² for a static error σ per axis), in the MSD's unit; 0 when not fitted.</param>
/// <param name="Dimensions">The number of dimensions of the motion (2 for x, y).</param>
/// <param name="Lags">The number of MSD points fitted (lags 1 … <see cref="Lags"/> of the curve).</param>
/// <param name="Unit">The unit of D, e.g. <c>px²/frame</c> or <c>µm²/s</c>.</param>
public sealed record DiffusionEstimate(double Coefficient, double Offset, int Dimensions, int Lags, string Unit);
