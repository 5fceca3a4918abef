using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Torch;

namespace MultiParticleDetection;

/// <summary>
/// How both detectors' thresholds are chosen on calibration images: the one-standard-error rule (Breiman et al.,
/// <i>Classification and Regression Trees</i>, 1984). Near its maximum the pooled F1 of the calibration images changes less
/// with the threshold than it does between two draws of the images, so the threshold of the largest F1 is a matter of
/// chance; of the thresholds whose F1 is within one bootstrap standard error of the largest, the highest (the one with the
/// fewest false detections) is taken.
/// </summary>
public static class Calibration
{
    /// <summary>Calibration images (64×64, the training distribution).</summary>
    public const int Images = 256;

    /// <summary>Bootstrap resamples of the calibration images for the standard error.</summary>
    public const int Resamples = 500;

    /// <summary>Chooses a threshold.</summary>
    /// <param name="thresholds">The candidate thresholds, in ascending order.</param>
    /// <param name="scores">The score of every calibration image at a threshold (the same images, in the same order, at every threshold).</param>
    /// <param name="seed">The seed of the bootstrap.</param>
    /// <returns>The threshold chosen, the largest pooled F1, its standard error and the chosen threshold's pooled F1.</returns>
    public static CalibratedThreshold Choose(IReadOnlyList<double> thresholds, Func<double, IReadOnlyList<DetectionScore>> scores, ulong seed)
    {
        if (thresholds.Count == 0 || thresholds.Zip(thresholds.Skip(1)).Any(p => p.First >= p.Second))
        {
            throw new ArgumentException($"The thresholds must be a non-empty ascending list, not [{string.Join(", ", thresholds)}].", nameof(thresholds));
        }

        var perImage = thresholds.Select(scores).ToArray();
        var f1 = perImage.Select(s => Pool(s).F1).ToArray();
        int best = Array.IndexOf(f1, f1.Max());
        double error = StandardError(perImage[best], seed);
        int chosen = Enumerable.Range(best, thresholds.Count - best).Last(i => f1[i] >= f1[best] - error);
        return new CalibratedThreshold(thresholds[chosen], f1[chosen], thresholds[best], f1[best], error);
    }

    /// <summary>The bootstrap standard error of the pooled F1 of <paramref name="images"/> (resampling whole images).</summary>
    private static double StandardError(IReadOnlyList<DetectionScore> images, ulong seed)
    {
        var random = new RandomStream(seed);
        var values = new double[Resamples];
        for (int r = 0; r < Resamples; r++)
        {
            var sum = DetectionScore.Empty;
            for (int k = 0; k < images.Count; k++)
            {
                sum += images[random.NextInt(images.Count)];
            }

            values[r] = sum.F1;
        }

        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (Resamples - 1));
    }

    private static DetectionScore Pool(IEnumerable<DetectionScore> scores) => scores.Aggregate(DetectionScore.Empty, (a, b) => a + b);
}
