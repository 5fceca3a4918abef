using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent.Torch;

namespace HolographicTracking;

/// <summary>Detections against the truth: one-to-one matching within the lateral match radius, and errors by depth.</summary>
public static class Scoring
{
    /// <summary>
    /// The matched particles of every image, and the counts for precision and recall: the U-Net's detections are matched,
    /// and each matched particle carries the lateral error of its detection before and after the refinement.
    /// </summary>
    /// <param name="detected">The U-Net's detections of each image.</param>
    /// <param name="refined">The same detections, refined (same order).</param>
    /// <param name="truth">The true particles of each image.</param>
    /// <returns>The matched particles, the number of detections and the number of particles.</returns>
    public static (List<MatchedParticle> Matched, int Detections, int Particles) Match(IReadOnlyList<IReadOnlyList<Particle3D>> detected, IReadOnlyList<IReadOnlyList<Particle3D>> refined, IReadOnlyList<IReadOnlyList<Particle3D>> truth)
    {
        var matched = new List<MatchedParticle>();
        int detections = 0, particles = 0;
        for (int i = 0; i < truth.Count; i++)
        {
            detections += detected[i].Count;
            particles += truth[i].Count;
            foreach (var (p, t) in Metric.MatchDetections(detected[i].Select(d => d.Position).ToArray(), truth[i].Select(d => d.Position).ToArray(), Hologram.MatchRadius))
            {
                var (found, real) = (detected[i][p], truth[i][t]);
                matched.Add(new MatchedParticle(real.Z, real.RadiusNm, Distance(refined[i][p], real), Distance(found, real), refined[i][p].Z - real.Z, found.Z - real.Z));
            }
        }

        return (matched, detections, particles);
    }

    /// <summary>Errors per 2-µm interval of true z from 2 to 30 µm.</summary>
    /// <param name="matched">The matched particles.</param>
    /// <param name="truth">All true particles (for the counts).</param>
    /// <returns>The intervals.</returns>
    public static IReadOnlyList<DepthBin> ByDepth(IReadOnlyList<MatchedParticle> matched, IEnumerable<Particle3D> truth)
    {
        var all = truth.ToArray();
        var bins = new List<DepthBin>();
        for (double from = Hologram.MinimumZ; from < Hologram.MaximumZ - 1e-9; from += 2)
        {
            double to = from + 2;
            var inside = matched.Where(m => m.TrueZ >= from && m.TrueZ < to).ToArray();
            bins.Add(new DepthBin(from, to, all.Count(p => p.Z >= from && p.Z < to), inside.Length,
                Median(inside.Select(m => m.LateralError)), Median(inside.Select(m => m.UnrefinedLateralError)), Median(inside.Select(m => Math.Abs(m.AxialError))), Median(inside.Select(m => Math.Abs(m.UnrefinedAxialError))),
                inside.Length == 0 ? double.NaN : inside.Average(m => m.AxialError)));
        }

        return bins;
    }

    /// <summary>The median (NaN for no values).</summary>
    /// <param name="values">The values.</param>
    /// <returns>The median.</returns>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double Distance(Particle3D a, Particle3D b) => Math.Sqrt(Math.Pow(a.Row - b.Row, 2) + Math.Pow(a.Column - b.Column, 2));
}
