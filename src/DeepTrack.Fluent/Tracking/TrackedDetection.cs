namespace DeepTrack.Fluent.Tracking;

/// <summary>A detection with the id of the track it belongs to (trackpy's <c>particle</c> column).</summary>
/// <param name="Detection">The detection.</param>
/// <param name="Particle">The track id (≥ 0).</param>
public readonly record struct TrackedDetection(Detection Detection, int Particle);
