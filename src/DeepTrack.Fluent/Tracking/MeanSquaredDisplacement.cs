using System;
using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent.Tracking;

/// <summary>
/// Mean squared displacements of tracks, as trackpy's <c>imsd</c> (one track) and <c>emsd</c> (the ensemble) compute
/// them: at lag τ, the mean of |r(t + τ) − r(t)|² over every pair of detections of a track τ frames apart (all
/// overlapping pairs; frames where the track is missing contribute nothing). The ensemble curve pools the
/// displacements of all tracks, so each track weighs by its number of displacements.
/// </summary>
public static class MeanSquaredDisplacement
{
    /// <summary>The ensemble MSD of all tracks of a table.</summary>
    /// <param name="tracks">The tracks.</param>
    /// <param name="maxLag">The largest lag in frames (≥ 1).</param>
    /// <param name="frameInterval">The time between frames, in <paramref name="timeUnit"/> (&gt; 0).</param>
    /// <param name="timeUnit">The unit of <paramref name="frameInterval"/>, e.g. <c>s</c>.</param>
    /// <returns>The curve (lags without any displacement are left out).</returns>
    public static MsdCurve Ensemble(TrackTable tracks, int maxLag, double frameInterval = 1, string timeUnit = "frame")
    {
        ArgumentNullException.ThrowIfNull(tracks);
        return Compute(tracks.Tracks, maxLag, frameInterval, timeUnit, tracks.PositionUnit);
    }

    /// <summary>The MSD of one track.</summary>
    /// <param name="track">The track.</param>
    /// <param name="maxLag">The largest lag in frames (≥ 1).</param>
    /// <param name="positionUnit">The unit of the track's positions.</param>
    /// <param name="frameInterval">The time between frames, in <paramref name="timeUnit"/> (&gt; 0).</param>
    /// <param name="timeUnit">The unit of <paramref name="frameInterval"/>.</param>
    /// <returns>The curve.</returns>
    public static MsdCurve Of(Track track, int maxLag, string positionUnit = DetectionTable.Pixels, double frameInterval = 1, string timeUnit = "frame")
    {
        ArgumentNullException.ThrowIfNull(track);
        return Compute([track], maxLag, frameInterval, timeUnit, positionUnit);
    }

    /// <summary>The MSD of every track, by track id (trackpy's <c>imsd</c>).</summary>
    /// <param name="tracks">The tracks.</param>
    /// <param name="maxLag">The largest lag in frames (≥ 1).</param>
    /// <param name="frameInterval">The time between frames.</param>
    /// <param name="timeUnit">Its unit.</param>
    /// <returns>One curve per track.</returns>
    public static IReadOnlyDictionary<int, MsdCurve> Individual(TrackTable tracks, int maxLag, double frameInterval = 1, string timeUnit = "frame")
    {
        ArgumentNullException.ThrowIfNull(tracks);
        return tracks.Tracks.ToDictionary(t => t.Particle, t => Compute([t], maxLag, frameInterval, timeUnit, tracks.PositionUnit));
    }

    private static MsdCurve Compute(IEnumerable<Track> tracks, int maxLag, double frameInterval, string timeUnit, string positionUnit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLag, 1);
        if (!(frameInterval > 0) || !double.IsFinite(frameInterval))
        {
            throw new ArgumentOutOfRangeException(nameof(frameInterval), frameInterval, "The frame interval must be finite and > 0.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(timeUnit);
        var sumX = new double[maxLag + 1];
        var sumY = new double[maxLag + 1];
        var counts = new int[maxLag + 1];
        foreach (var track in tracks)
        {
            var detections = track.Detections;
            for (int i = 0; i < detections.Count; i++)
            {
                // Detections are in ascending frame order: later partners are the next ones up to maxLag frames on.
                for (int j = i + 1; j < detections.Count && detections[j].Frame - detections[i].Frame <= maxLag; j++)
                {
                    int lag = detections[j].Frame - detections[i].Frame;
                    double dx = detections[j].X - detections[i].X, dy = detections[j].Y - detections[i].Y;
                    sumX[lag] += dx * dx;
                    sumY[lag] += dy * dy;
                    counts[lag]++;
                }
            }
        }

        var points = new List<MsdPoint>();
        for (int lag = 1; lag <= maxLag; lag++)
        {
            if (counts[lag] > 0)
            {
                double x = sumX[lag] / counts[lag], y = sumY[lag] / counts[lag];
                points.Add(new MsdPoint(lag, lag * frameInterval, x + y, x, y, counts[lag]));
            }
        }

        return new MsdCurve([.. points], positionUnit, timeUnit);
    }
}
