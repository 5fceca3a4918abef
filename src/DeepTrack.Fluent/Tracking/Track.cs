using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace DeepTrack.Fluent.Tracking;

/// <summary>One trajectory: the detections of one particle, by frame (frames may be missing where the particle was not found).</summary>
public sealed class Track
{
    private readonly Detection[] detections;
    private readonly int[] frames;

    internal Track(int particle, Detection[] detections)
    {
        Particle = particle;
        this.detections = detections;
        frames = Array.ConvertAll(detections, d => d.Frame);
    }

    /// <summary>The track id.</summary>
    public int Particle { get; }

    /// <summary>The detections, by ascending frame.</summary>
    public IReadOnlyList<Detection> Detections => detections;

    /// <summary>The number of detections.</summary>
    public int Count => detections.Length;

    /// <summary>The first frame.</summary>
    public int FirstFrame => detections[0].Frame;

    /// <summary>The last frame.</summary>
    public int LastFrame => detections[^1].Frame;

    /// <summary>The detection in a frame, if the track has one there.</summary>
    /// <param name="frame">The frame number.</param>
    /// <param name="detection">The detection, or null.</param>
    /// <returns>Whether the track has a detection in that frame.</returns>
    public bool TryGet(int frame, [NotNullWhen(true)] out Detection? detection)
    {
        int index = Array.BinarySearch(frames, frame);
        detection = index >= 0 ? detections[index] : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public override string ToString() => $"Track {Particle}: {Count} detections, frames {FirstFrame}–{LastFrame}";
}
