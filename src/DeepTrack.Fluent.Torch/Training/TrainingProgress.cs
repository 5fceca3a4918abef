using System;

namespace DeepTrack.Fluent.Torch;

/// <summary>Where a training run stands, reported after every step.</summary>
/// <param name="Epoch">The epoch (0-based).</param>
/// <param name="Epochs">Epochs planned.</param>
/// <param name="Step">Steps done in this epoch.</param>
/// <param name="StepsPerEpoch">Steps per epoch, when known.</param>
/// <param name="Loss">The mean training loss of this epoch so far.</param>
/// <param name="Elapsed">Time since training started.</param>
public sealed record TrainingProgress(int Epoch, int Epochs, int Step, int? StepsPerEpoch, double Loss, TimeSpan Elapsed);
