namespace DeepTrack.Fluent.Tracking.Linking;

/// <summary>A possible link: source particle <see cref="Source"/> of the previous frames to destination <see cref="Destination"/> of the new frame.</summary>
/// <param name="Source">The source's index among the frame's sources.</param>
/// <param name="Destination">The destination's index among the new frame's detections.</param>
/// <param name="Distance">Their distance.</param>
internal readonly record struct Candidate(int Source, int Destination, double Distance);
