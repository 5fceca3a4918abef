using System;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>A validation metric: the mean over a batch of a per-sample quantity, averaged over the validation set.</summary>
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
    public static Metric MeanAbsoluteError { get; } = new("MAE", (p, t) => (p - t).abs().mean());

    /// <summary>Mean squared error.</summary>
    public static Metric MeanSquaredError { get; } = new("MSE", (p, t) => (p - t).square().mean());

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
            return p.sub(t).square().sum(1).sqrt().mean().mul(factor);
        });

    /// <summary>Computes the batch mean.</summary>
    /// <param name="prediction">The model's output.</param>
    /// <param name="label">The labels.</param>
    /// <returns>The batch mean.</returns>
    public double Compute(Tensor prediction, Tensor label)
    {
        using var value = compute(prediction, label);
        return value.to_type(ScalarType.Float64).item<double>();
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
