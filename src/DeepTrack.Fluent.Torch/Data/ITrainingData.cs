using System.Collections.Generic;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>A source of training batches, epoch by epoch (a <see cref="DataLoader"/> over a fixed set, or a <see cref="ContinuousGenerator{TIn, TSample}"/>).</summary>
public interface ITrainingData
{
    /// <summary>The shapes of the samples.</summary>
    SampleShape Shape { get; }

    /// <summary>
    /// The batches of one epoch. Each batch's tensors are created when the enumerator advances, so a caller that
    /// opens a dispose scope before each <c>MoveNext</c> frees each batch with its scope.
    /// </summary>
    /// <param name="epoch">The epoch (0-based); with the seed, it fixes the shuffling.</param>
    /// <param name="device">Where the tensors go (default: the CPU).</param>
    /// <returns>The batches.</returns>
    IEnumerable<Batch> Epoch(int epoch, Device? device = null);

    /// <summary>
    /// Whether the batches of an epoch depend on its number and the data's own seed alone, so that any epoch can be served
    /// first (a <see cref="DataLoader"/>: true). A <see cref="Trainer"/> resumes a run (<see cref="TrainerOptions.ResumePath"/>)
    /// only on such data. The default, false, suits data whose epochs depend on when they are served, as those of a
    /// <see cref="ContinuousGenerator{TIn, TSample}"/> without <see cref="ContinuousGeneratorOptions.NewSamplesPerEpoch"/> do.
    /// </summary>
    bool EpochsAreIndependent => false;
}
