using System.Collections.Generic;

namespace HolographicTracking;

/// <summary>One particle of the movie: its true path, the track linked to it, and the errors along it.</summary>
/// <param name="Particle">The particle's index.</param>
/// <param name="Track">The id of the track that holds most of its detections (−1: none).</param>
/// <param name="FramesFound">Frames in which that track has a detection within the match radius of the particle.</param>
/// <param name="RmsLateral">The RMS lateral error over those frames (pixels).</param>
/// <param name="RmsAxial">The RMS z error over those frames (µm).</param>
/// <param name="Truth">The true (row, column, z µm) in every frame.</param>
/// <param name="Tracked">The track's (row, column, z µm) in every frame, null where it has no detection.</param>
public sealed record TrackResult(int Particle, int Track, int FramesFound, double RmsLateral, double RmsAxial, IReadOnlyList<Particle3D> Truth, IReadOnlyList<Particle3D?> Tracked);
