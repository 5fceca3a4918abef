using System;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>A training loss: a scalar tensor from predictions and labels, which may depend on the epoch (a schedule).</summary>
/// <remarks>
/// A loss of your own runs inside the training step: create the <see cref="TorchSharp.Scalar"/>s it needs explicitly
/// (<c>using var two = 2.0.ToScalar();</c>) rather than writing <c>tensor * 2.0</c> or <c>a + b</c>, for the reason given
/// on <see cref="TrainingOptimizer"/>.
/// </remarks>
public sealed class Loss
{
    private readonly Func<Tensor, Tensor, int, Tensor> compute;

    /// <summary>Creates a loss from a function.</summary>
    /// <param name="name">The name shown in progress and history.</param>
    /// <param name="compute">(prediction, label, epoch) → scalar loss tensor.</param>
    public Loss(string name, Func<Tensor, Tensor, int, Tensor> compute)
        : this(name, LossShape.Any, compute)
    {
    }

    private Loss(string name, LossShape shape, Func<Tensor, Tensor, int, Tensor> compute)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Shape = shape;
        this.compute = compute ?? throw new ArgumentNullException(nameof(compute));
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>How the prediction's shape must relate to the label's (checked before the loss is computed).</summary>
    internal LossShape Shape { get; }

    /// <summary>Mean absolute error (L1), the default of DeepTrack's regressors.</summary>
    public static Loss MeanAbsoluteError { get; } = new("MAE", LossShape.Same, (p, t, _) => nn.functional.l1_loss(p, t));

    /// <summary>Mean squared error.</summary>
    public static Loss MeanSquaredError { get; } = new("MSE", LossShape.Same, (p, t, _) => nn.functional.mse_loss(p, t));

    /// <summary>Cross-entropy over class <b>logits</b> (unnormalised scores; the softmax is part of the loss) along dimension 1: (N, C) with labels (N), or (N, C, H, W) with labels (N, H, W).</summary>
    public static Loss CrossEntropy { get; } = new("cross-entropy", LossShape.ClassLogits, (p, t, _) => nn.functional.cross_entropy(p, t));

    /// <summary>Binary cross-entropy for labels in [0, 1].</summary>
    /// <param name="fromLogits">
    /// Whether the model outputs <b>logits</b> (recommended: the sigmoid is part of the loss, and σ(prediction) is the
    /// probability) rather than probabilities in [0, 1].
    /// </param>
    /// <returns>The loss.</returns>
    public static Loss BinaryCrossEntropy(bool fromLogits = true)
        => fromLogits
            ? new("BCE", LossShape.Same, (p, t, _) => nn.functional.binary_cross_entropy_with_logits(p, t))
            : new("BCE", LossShape.Same, (p, t, _) => nn.functional.binary_cross_entropy(p, t));

    /// <summary>
    /// Binary cross-entropy on <b>logits</b> whose positive pixels (label 1) weigh <paramref name="positiveWeight"/>(epoch):
    /// a schedule that first punishes missed particles more, as in the paper's multi-particle detection (§IV.4).
    /// </summary>
    /// <param name="positiveWeight">The weight of positive labels in a given epoch (positive).</param>
    /// <returns>The loss.</returns>
    public static Loss WeightedBinaryCrossEntropy(Func<int, double> positiveWeight)
    {
        ArgumentNullException.ThrowIfNull(positiveWeight);
        return new("weighted BCE", LossShape.Same, (p, t, epoch) =>
        {
            double weight = positiveWeight(epoch);
            if (!(weight > 0) || double.IsInfinity(weight))
            {
                throw new InvalidOperationException($"The positive weight for epoch {epoch} is {weight}; it must be positive and finite.");
            }

            // −[w·t·log σ(p) + (1 − t)·log(1 − σ(p))], with log(1 − σ(p)) = log σ(−p) for stability; Scalars held explicitly.
            using var w = weight.ToScalar();
            using var one = 1.0.ToScalar();
            var positive = t.mul(w).mul(nn.functional.logsigmoid(p));
            var negative = t.neg().add(one, one).mul(nn.functional.logsigmoid(p.neg()));
            return positive.add(negative, one).mean().neg();
        });
    }

    /// <summary>The paper's schedule (§IV.4): positive labels weigh <paramref name="weight"/> for the first <paramref name="epochs"/> epochs, then 1.</summary>
    /// <param name="weight">The early weight of positive labels (the paper: 10).</param>
    /// <param name="epochs">How many epochs use it (the paper: 10).</param>
    /// <returns>The loss.</returns>
    public static Loss WeightedBinaryCrossEntropy(double weight, int epochs)
    {
        if (!(weight > 0) || double.IsInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "The weight must be positive and finite.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(epochs);
        return WeightedBinaryCrossEntropy(epoch => epoch < epochs ? weight : 1);
    }

    /// <summary>Computes the loss.</summary>
    /// <param name="prediction">The model's output.</param>
    /// <param name="label">The labels.</param>
    /// <param name="epoch">The current epoch (0-based).</param>
    /// <returns>A scalar tensor.</returns>
    public Tensor Compute(Tensor prediction, Tensor label, int epoch) => compute(prediction, label, epoch);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
