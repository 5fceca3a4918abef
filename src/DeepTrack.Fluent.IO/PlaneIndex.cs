namespace DeepTrack.Fluent.IO;

/// <summary>Where a page of a stack lies in its hyperstack: channel, slice (z) and frame (time point), each 0-based.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Slice">The z slice.</param>
/// <param name="Frame">The time point.</param>
public readonly record struct PlaneIndex(int Channel, int Slice, int Frame);
