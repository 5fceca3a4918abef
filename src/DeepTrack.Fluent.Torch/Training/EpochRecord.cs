using System.Collections.Generic;

namespace DeepTrack.Fluent.Torch;

/// <summary>The results of one training epoch.</summary>
/// <param name="Epoch">The epoch (0-based).</param>
/// <param name="Steps">Optimisation steps in the epoch.</param>
/// <param name="TrainingLoss">The mean training loss over the epoch's steps.</param>
/// <param name="ValidationLoss">The loss on the validation set after the epoch (null without one).</param>
/// <param name="Metrics">The validation metrics by name.</param>
/// <param name="Seconds">Wall time of the epoch including validation.</param>
public sealed record EpochRecord(int Epoch, int Steps, double TrainingLoss, double? ValidationLoss, IReadOnlyDictionary<string, double> Metrics, double Seconds);
