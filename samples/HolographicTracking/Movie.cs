using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Labels;
using DeepTrack.Fluent.Torch;
using DeepTrack.Fluent.Tracking;
using static TorchSharp.torch;

namespace HolographicTracking;

/// <summary>
/// A short movie of a few particles diffusing in 3-D (σ 0.6 px laterally and 0.5 µm axially per frame, reflected at 2 and
/// 30 µm), detected frame by frame with the U-Net, refined by the
/// <see cref="Refinement"/> CNN, and linked with the library's linker; each true particle is compared
/// with the track that holds most of its detections.
/// </summary>
public static class Movie
{
    /// <summary>The lateral step's standard deviation per axis and frame (pixels).</summary>
    public const double LateralStep = 0.6;

    /// <summary>The axial step's standard deviation per frame (µm).</summary>
    public const double AxialStep = 0.5;

    /// <summary>Simulates, detects, links and scores the movie.</summary>
    /// <param name="model">The trained U-Net.</param>
    /// <param name="refinement">The refinement CNN (<see cref="Refinement"/>).</param>
    /// <param name="settings">The sizes.</param>
    /// <param name="bins">The volume's bins.</param>
    /// <returns>One result per particle.</returns>
    public static IReadOnlyList<TrackResult> Run(nn.Module<Tensor, Tensor> model, RefinementNetwork refinement, Settings settings, AxialBins bins)
    {
        int size = settings.Size;
        double low = Hologram.ToPixels(Hologram.MinimumZ), high = Hologram.ToPixels(Hologram.MaximumZ), step = Hologram.ToPixels(AxialStep);
        var walker = Hologram.Particle(size)
            .WithPosition(Distribution.UniformPosition(size / 4.0, 3 * size / 4.0, size / 4.0, 3 * size / 4.0),
                (p, s) => s.Previous.Offset(LateralStep * s.Random.NextGaussian(), LateralStep * s.Random.NextGaussian()))
            .WithZ(Distribution.Uniform(Hologram.ToPixels(6), Hologram.ToPixels(26)), (p, s) => Reflect(s.Previous + (step * s.Random.NextGaussian()), low, high));
        var frames = Hologram.Image(walker ^ settings.MovieParticles, size).AsSequence(settings.Frames).Build(settings.Seed + 3).Resolve();
        var truth = Enumerable.Range(0, settings.MovieParticles)
            .Select(k => (IReadOnlyList<Particle3D>)frames.Select(f => Hologram.Truth(f, walker)[k]).ToArray()).ToArray();

        var detections = Refinement.Refine(refinement, frames, ModelDetections.FromVolumes(Detector.Volumes(model, frames), bins, 0.5, Detector.MinimumVoxels));
        var tracks = new TrajectoryLinker(5) { Memory = 3 }.Link(detections);
        return truth.Select((path, k) => Score(k, path, tracks)).ToArray();
    }

    private static TrackResult Score(int particle, IReadOnlyList<Particle3D> path, TrackTable tracks)
    {
        // The track of each frame's nearest detection within the match radius; the particle's track is the most frequent one.
        var nearest = path.Select((p, frame) => tracks.Where(t => t.Detection.Frame == frame)
            .Select(t => (t.Particle, Distance: Math.Sqrt(Math.Pow(t.Detection.Y - p.Row, 2) + Math.Pow(t.Detection.X - p.Column, 2))))
            .Where(c => c.Distance <= Hologram.MatchRadius).OrderBy(c => c.Distance).Select(c => (int?)c.Particle).FirstOrDefault()).ToArray();
        int track = nearest.Where(t => t is not null).GroupBy(t => t!.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).DefaultIfEmpty(-1).First();
        var tracked = path.Select((p, frame) => tracks.Tracks.FirstOrDefault(t => t.Particle == track) is { } found && found.TryGet(frame, out var d)
            ? new Particle3D(d.Y, d.X, Hologram.ToMicrometers(d["z"]))
            : null).ToArray();
        var pairs = path.Zip(tracked).Where(p => p.Second is not null && Math.Sqrt(Math.Pow(p.Second.Row - p.First.Row, 2) + Math.Pow(p.Second.Column - p.First.Column, 2)) <= Hologram.MatchRadius).ToArray();
        double rmsLateral = pairs.Length == 0 ? double.NaN : Math.Sqrt(pairs.Average(p => Math.Pow(p.Second!.Row - p.First.Row, 2) + Math.Pow(p.Second.Column - p.First.Column, 2)));
        double rmsAxial = pairs.Length == 0 ? double.NaN : Math.Sqrt(pairs.Average(p => Math.Pow(p.Second!.Z - p.First.Z, 2)));
        return new TrackResult(particle, track, pairs.Length, rmsLateral, rmsAxial, path, tracked);
    }

    /// <summary>Reflects a value into [low, high] (a particle's axial walk between the chamber's walls).</summary>
    private static double Reflect(double value, double low, double high)
    {
        while (value < low || value > high)
        {
            value = value < low ? (2 * low) - value : (2 * high) - value;
        }

        return value;
    }
}
