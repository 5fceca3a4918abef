using System;
using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent.Tracking;

/// <summary>
/// How well a linking reproduces known tracks of the same detections (from a simulation): a link is a pair of
/// detections that follow each other in one track.
/// </summary>
/// <param name="TrueLinks">Links in the known tracks.</param>
/// <param name="FoundLinks">Links in the linked tracks.</param>
/// <param name="CorrectLinks">Links in both.</param>
public readonly record struct LinkingScore(int TrueLinks, int FoundLinks, int CorrectLinks)
{
    /// <summary>The fraction of true links that were found (1 when there are none).</summary>
    public double Accuracy => TrueLinks == 0 ? 1 : (double)CorrectLinks / TrueLinks;

    /// <summary>The fraction of found links that are true (1 when none were found).</summary>
    public double Precision => FoundLinks == 0 ? 1 : (double)CorrectLinks / FoundLinks;

    /// <summary>Compares a linking with the known tracks of the same detections.</summary>
    /// <param name="linked">The linker's tracks.</param>
    /// <param name="truth">The known tracks, over the same detections in the same order.</param>
    /// <returns>The score.</returns>
    public static LinkingScore Compare(TrackTable linked, TrackTable truth)
    {
        ArgumentNullException.ThrowIfNull(linked);
        ArgumentNullException.ThrowIfNull(truth);
        if (linked.Count != truth.Count || Enumerable.Range(0, linked.Count).Any(i => !SameDetection(linked[i].Detection, truth[i].Detection)))
        {
            throw new ArgumentException("The two track tables must hold the same detections in the same order.", nameof(truth));
        }

        var found = Links(linked);
        var known = Links(truth);
        return new LinkingScore(known.Count, found.Count, found.Count(known.Contains));
    }

    private static bool SameDetection(Detection a, Detection b) => a.Frame == b.Frame && a.X == b.X && a.Y == b.Y;

    private static HashSet<(int, int)> Links(TrackTable table)
    {
        // Rows of each track in frame order; consecutive rows form a link.
        var links = new HashSet<(int, int)>();
        foreach (var group in Enumerable.Range(0, table.Count).GroupBy(i => table.Particles[i]))
        {
            int[] rows = [.. group.OrderBy(i => table[i].Detection.Frame)];
            for (int k = 1; k < rows.Length; k++)
            {
                links.Add((rows[k - 1], rows[k]));
            }
        }

        return links;
    }
}
