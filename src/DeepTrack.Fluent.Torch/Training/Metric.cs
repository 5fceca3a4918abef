using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// A validation metric: the mean over a batch of a per-sample quantity, averaged over the validation set; and detection
/// scores of positions (<see cref="Detection(IReadOnlyList{PixelPosition}, IReadOnlyList{PixelPosition}, double)"/>).
/// </summary>
public sealed class Metric
{
    private readonly Func<Tensor, Tensor, Tensor> compute;

    /// <summary>Creates a metric from a function.</summary>
    /// <param name="name">The name used in the history.</param>
    /// <param name="compute">(prediction, label) → the batch mean as a scalar tensor.</param>
    public Metric(string name, Func<Tensor, Tensor, Tensor> compute)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        this.compute = compute ?? throw new ArgumentNullException(nameof(compute));
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>Mean absolute error.</summary>
    public static Metric MeanAbsoluteError { get; } = new("MAE", (p, t) => p.sub(t).abs().mean());

    /// <summary>Mean squared error.</summary>
    public static Metric MeanSquaredError { get; } = new("MSE", (p, t) =>
    {
        // A product, not square(): TorchSharp's square() is pow(2) with an implicit Scalar (see TrainingOptimizer).
        var difference = p.sub(t);
        return difference.mul(difference).mean();
    });

    /// <summary>The fraction of samples (or pixels) whose largest output along dimension 1 (logit or probability alike) is the label.</summary>
    public static Metric Accuracy { get; } = new("accuracy", (p, t) => p.argmax(1).eq(t).to_type(ScalarType.Float32).mean());

    /// <summary>
    /// The mean Euclidean distance between predicted and true vectors (N, D), times <paramref name="scale"/>: for positions
    /// normalised by the image size, the scale turns the distance back into pixels.
    /// </summary>
    /// <param name="name">The name, e.g. "pixel error".</param>
    /// <param name="scale">Multiplies the distance.</param>
    /// <returns>The metric.</returns>
    public static Metric EuclideanDistance(string name, double scale = 1)
        => new(name, (p, t) =>
        {
            using var factor = scale.ToScalar();
            var difference = p.sub(t);
            return difference.mul(difference).sum(1).sqrt().mean().mul(factor);
        });

    /// <summary>
    /// Scores detections against true positions in one image: each detection is paired with at most one true position
    /// and vice versa, at a distance of at most <paramref name="radius"/>, by the <b>optimal</b> matching: the one with the
    /// most pairs, and among those the smallest sum of squared distances (not greedily nearest-first, which can leave a
    /// detection unmatched that another choice would have paired). Pairs are true positives; unpaired detections are false
    /// positives, unpaired true positions false negatives; the RMSE is over the pairs.
    /// </summary>
    /// <param name="predicted">The detected positions (e.g. <see cref="Segmentation.Detect"/>'s, as <see cref="SegmentedObject.Position"/>).</param>
    /// <param name="truth">The true positions (e.g. from the ground truth: <c>image.Get(particle, p =&gt; p.Position)</c>).</param>
    /// <param name="radius">The largest distance of a pair, in pixels (the paper's §IV.4: 3); a pair exactly at it counts.</param>
    /// <returns>The score.</returns>
    public static DetectionScore Detection(IReadOnlyList<PixelPosition> predicted, IReadOnlyList<PixelPosition> truth, double radius)
    {
        var pairs = MatchDetections(predicted, truth, radius);
        double squared = pairs.Sum(pair => DetectionMatching.SquaredDistance(predicted[pair.Predicted], truth[pair.Truth]));
        return new DetectionScore(pairs.Count, predicted.Count - pairs.Count, truth.Count - pairs.Count, squared);
    }

    /// <summary>Scores detections over many images (matched within each image only) as one score.</summary>
    /// <param name="images">Per image, the detected and the true positions.</param>
    /// <param name="radius">The largest distance of a pair, in pixels.</param>
    /// <returns>The summed score: precision, recall and F1 over all detections and particles, RMSE over all pairs.</returns>
    public static DetectionScore Detection(IEnumerable<(IReadOnlyList<PixelPosition> Predicted, IReadOnlyList<PixelPosition> Truth)> images, double radius)
    {
        ArgumentNullException.ThrowIfNull(images);
        var total = DetectionScore.Empty;
        foreach (var (predicted, truth) in images)
        {
            total += Detection(predicted, truth, radius);
        }

        return total;
    }

    /// <summary>The pairs of the optimal matching that <see cref="Detection(IReadOnlyList{PixelPosition}, IReadOnlyList{PixelPosition}, double)"/> scores.</summary>
    /// <param name="predicted">The detected positions.</param>
    /// <param name="truth">The true positions.</param>
    /// <param name="radius">The largest distance of a pair, in pixels.</param>
    /// <returns>(index of the detection, index of its true position), ordered by detection.</returns>
    public static IReadOnlyList<(int Predicted, int Truth)> MatchDetections(IReadOnlyList<PixelPosition> predicted, IReadOnlyList<PixelPosition> truth, double radius)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        if (!(radius > 0) || double.IsInfinity(radius))
        {
            throw new ArgumentOutOfRangeException(nameof(radius), radius, "The matching radius must be positive and finite (pixels).");
        }

        Finite(predicted, nameof(predicted));
        Finite(truth, nameof(truth));
        return DetectionMatching.Match(predicted, truth, radius);
    }

    private static void Finite(IReadOnlyList<PixelPosition> positions, string name)
    {
        for (int i = 0; i < positions.Count; i++)
        {
            if (!double.IsFinite(positions[i].Row) || !double.IsFinite(positions[i].Column))
            {
                throw new ArgumentException($"Position {i} of {name} is {positions[i]}; positions must be finite.", name);
            }
        }
    }

    /// <summary>Computes the batch mean.</summary>
    /// <param name="prediction">The model's output.</param>
    /// <param name="label">The labels.</param>
    /// <returns>The batch mean.</returns>
    public double Compute(Tensor prediction, Tensor label)
    {
        using var value = compute(prediction, label);
        using var converted = value.to_type(ScalarType.Float64);
        return converted.item<double>();
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
