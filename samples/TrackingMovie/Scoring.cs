using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Torch;
using DeepTrack.Fluent.Tracking;

namespace TrackingMovie;

/// <summary>Scores detections, links and D against the simulation's true positions (particle <c>p</c> of frame <c>f</c> is <c>truth[f][p]</c>).</summary>
public static class Scoring
{
    /// <summary>
    /// Detections against the particles visible in each frame (inside the image), paired by the optimal matching within
    /// <paramref name="radius"/>; <paramref name="matches"/> maps each paired detection (frame, row of the frame) to its true particle.
    /// </summary>
    public static DetectionResult Detections(DetectionTable detections, IReadOnlyList<IReadOnlyList<PixelPosition>> truth, int size, double radius, out Dictionary<(int Frame, int Row), int> matches)
    {
        matches = [];
        var total = DetectionScore.Empty;
        for (int frame = 0; frame < truth.Count; frame++)
        {
            var found = detections.InFrame(frame).ToArray().Select(d => d.ToPixelPosition()).ToArray();
            int[] visible = [.. Enumerable.Range(0, truth[frame].Count).Where(p => Inside(truth[frame][p], size))];
            var positions = visible.Select(p => truth[frame][p]).ToArray();
            total += Metric.Detection(found, positions, radius);
            foreach (var (predicted, particle) in Metric.MatchDetections(found, positions, radius))
            {
                matches[(frame, predicted)] = visible[particle];
            }
        }

        return new DetectionResult(total.TruePositives, total.FalsePositives, total.FalseNegatives, total.Precision, total.Recall, total.F1, total.RootMeanSquareError);
    }

    /// <summary>
    /// The linker's links between paired detections against the true ones: the paired detections with the linker's
    /// track ids, and the same detections with their true particles, compared by <see cref="LinkingScore"/>.
    /// </summary>
    public static LinkingScore Links(TrackTable tracks, DetectionTable detections, IReadOnlyDictionary<(int Frame, int Row), int> matches)
    {
        // The row of each detection within its frame, by identity (the linker keeps the detection objects).
        var rows = new Dictionary<Detection, int>(ReferenceEqualityComparer.Instance);
        foreach (int frame in detections.Frames)
        {
            var inFrame = detections.InFrame(frame);
            for (int i = 0; i < inFrame.Length; i++)
            {
                rows[inFrame[i]] = i;
            }
        }

        var linked = new List<TrackedDetection>();
        var known = new List<TrackedDetection>();
        foreach (var row in tracks)
        {
            if (matches.TryGetValue((row.Detection.Frame, rows[row.Detection]), out int particle))
            {
                linked.Add(row);
                known.Add(row with { Particle = particle });
            }
        }

        return LinkingScore.Compare(TrackTable.FromRows(linked), TrackTable.FromRows(known));
    }

    /// <summary>D (px²/frame) from the linked tracks (ensemble MSD of lags 1–4, fitted with an offset for the localisation error) and from the true tracks.</summary>
    public static DiffusionResult Diffusion(TrackTable tracks, IReadOnlyList<IReadOnlyList<PixelPosition>> truth, Settings settings)
    {
        var fit = DiffusionFit.Brownian(MeanSquaredDisplacement.Ensemble(tracks.WithoutStubs(5), maxLag: 4), lags: 4);
        var trueTracks = TrackTable.FromRows(truth.SelectMany((positions, frame) => positions.Select((p, particle) => new TrackedDetection(Detection.At(frame, p), particle))));
        double fromTruth = DiffusionFit.Brownian(MeanSquaredDisplacement.Ensemble(trueTracks, maxLag: 4), lags: 4, fitOffset: false).Coefficient;
        return new DiffusionResult(settings.TrueDiffusion, fromTruth, fit.Coefficient, fit.Offset, (fit.Coefficient - settings.TrueDiffusion) / settings.TrueDiffusion);
    }

    private static bool Inside(PixelPosition p, int size) => p.Row >= 0 && p.Row <= size - 1 && p.Column >= 0 && p.Column <= size - 1;
}
