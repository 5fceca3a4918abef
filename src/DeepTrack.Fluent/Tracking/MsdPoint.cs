namespace DeepTrack.Fluent.Tracking;

/// <summary>The mean squared displacement at one lag.</summary>
/// <param name="Lag">The lag in frames (≥ 1).</param>
/// <param name="LagTime">The lag in the curve's time unit (lag × frame interval).</param>
/// <param name="Msd">⟨Δx² + Δy²⟩, in the position unit squared.</param>
/// <param name="MsdX">⟨Δx²⟩.</param>
/// <param name="MsdY">⟨Δy²⟩.</param>
/// <param name="Count">The number of displacements averaged (pairs of detections <see cref="Lag"/> frames apart in one track).</param>
public readonly record struct MsdPoint(int Lag, double LagTime, double Msd, double MsdX, double MsdY, int Count);
