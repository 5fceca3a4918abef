using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// How well detected positions match true ones (<see cref="Metric.Detection(IReadOnlyList{PixelPosition}, IReadOnlyList{PixelPosition}, double)"/>):
/// counts of matched pairs, unmatched detections and unmatched true positions, and the squared distances of the pairs.
/// Scores of several images add up with <c>+</c>.
/// </summary>
/// <param name="TruePositives">Detections matched to a true position.</param>
/// <param name="FalsePositives">Detections matched to none.</param>
/// <param name="FalseNegatives">True positions matched to no detection.</param>
/// <param name="SquaredDistanceSum">The sum of the squared distances (pixels²) between the matched pairs.</param>
public sealed record DetectionScore(int TruePositives, int FalsePositives, int FalseNegatives, double SquaredDistanceSum)
{
    /// <summary>The score of an image without detections or particles.</summary>
    public static DetectionScore Empty { get; } = new(0, 0, 0, 0);

    /// <summary>TP / (TP + FP): the fraction of detections that are real (1 when nothing was detected: no detection was wrong).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN): the fraction of true positions found (1 when there was nothing to find).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall, 2·TP / (2·TP + FP + FN) (1 when there were neither detections nor particles).</summary>
    public double F1 => TruePositives + FalsePositives + FalseNegatives == 0
        ? 1
        : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);

    /// <summary>The root-mean-square distance (pixels) between matched detections and true positions (NaN without a match).</summary>
    public double RootMeanSquareError => TruePositives == 0 ? double.NaN : Math.Sqrt(SquaredDistanceSum / TruePositives);

    /// <summary>The score of two sets of images together.</summary>
    /// <param name="a">One score.</param>
    /// <param name="b">Another.</param>
    /// <returns>The summed counts and squared distances.</returns>
    public static DetectionScore operator +(DetectionScore a, DetectionScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives,
            a.SquaredDistanceSum + b.SquaredDistanceSum);
    }

    /// <inheritdoc/>
    public override string ToString()
        => $"TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}: precision {Precision:F3}, recall {Recall:F3}, F1 {F1:F3}, RMSE {RootMeanSquareError:F3} px";
}
