using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>How a <see cref="Trainer"/> trains.</summary>
public sealed record TrainerOptions
{
    /// <summary>Epochs (≥ 1).</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>At most this many steps per epoch (null: every batch the data offers).</summary>
    public int? StepsPerEpoch { get; init; }

    /// <summary>The optimiser (a <see cref="TrainingOptimizer"/> of this kind is created for each <see cref="Trainer.Fit"/>).</summary>
    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Adam;

    /// <summary>The learning rate.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Weight decay (decoupled for AdamW, L2 otherwise).</summary>
    public double WeightDecay { get; init; }

    /// <summary>Momentum for SGD and RMSprop.</summary>
    public double Momentum { get; init; }

    /// <summary>The loss.</summary>
    public Loss Loss { get; init; } = Loss.MeanAbsoluteError;

    /// <summary>Metrics computed on the validation set after each epoch.</summary>
    public IReadOnlyList<Metric> Metrics { get; init; } = [];

    /// <summary>Batch size for validation.</summary>
    public int ValidationBatchSize { get; init; } = 256;

    /// <summary>Stop when the monitored loss (validation loss, or training loss without validation) has not improved by <see cref="MinimumImprovement"/> for this many epochs (null: never).</summary>
    public int? EarlyStoppingPatience { get; init; }

    /// <summary>The smallest decrease of the monitored loss that counts as an improvement.</summary>
    public double MinimumImprovement { get; init; }

    /// <summary>Saves the model here (TorchSharp's format) whenever the monitored loss improves (null: no file).</summary>
    public string? CheckpointPath { get; init; }

    /// <summary>
    /// A file that holds the whole state of the run after every completed epoch (null: none): the model's weights and
    /// buffers, the optimiser's running averages, the best weights (with <see cref="RestoreBest"/>), the epochs' records, the
    /// early-stopping counters and TorchSharp's CPU generator. When the file exists as <see cref="Trainer.Fit"/> starts, the
    /// run continues after its last completed epoch, and ends with the weights and the history (bar the seconds) of a run
    /// that never stopped; a run that had finished returns at once. Each write replaces the file only once it is complete, so
    /// a run killed at any moment resumes from its last epoch. The training data must serve any epoch first
    /// (<see cref="ITrainingData.EpochsAreIndependent"/>, as a <see cref="DataLoader"/>, a <see cref="StreamingLoader{TIn, TSample}"/> and a
    /// <see cref="ContinuousGenerator{TIn, TSample}"/> with <see cref="ContinuousGeneratorOptions.NewSamplesPerEpoch"/> do), the model must be built as
    /// before, and the options that shape the run (optimiser, learning rate, weight decay, momentum, loss, steps per epoch,
    /// early stopping, <see cref="RestoreBest"/>, seed) must be the same; <see cref="Epochs"/> may grow, to train further.
    /// Otherwise <see cref="Trainer.Fit"/> throws, naming the file and the difference. On a GPU, the CUDA generator is
    /// seeded again, not restored, so dropout there draws other masks after a resume.
    /// </summary>
    public string? ResumePath { get; init; }

    /// <summary>Whether to put the weights of the best epoch back into the model at the end.</summary>
    public bool RestoreBest { get; init; }

    /// <summary>Called after every step.</summary>
    public Action<TrainingProgress>? OnProgress { get; init; }

    /// <summary>Called after every epoch.</summary>
    public Action<EpochRecord>? OnEpoch { get; init; }

    /// <summary>Whether to show progress on the console (a line per epoch, and a live step counter on a terminal).</summary>
    public bool ConsoleProgress { get; init; }

    /// <summary>Where to train (null: the CPU).</summary>
    public Device? Device { get; init; }

    /// <summary>
    /// The seed that <see cref="Trainer.Fit"/> gives TorchSharp's global generator (<c>torch.manual_seed</c>) before the first
    /// step, so that dropout and anything else libtorch draws during training repeat from run to run. The models of this
    /// package take their initial weights from their own <c>seed</c> argument, and the data shuffle with their own seed, so a
    /// program that sets none of them trains identically every time.
    /// </summary>
    public long Seed { get; init; }

    /// <summary>Throws when an option is out of range, naming it and its value.</summary>
    internal void Validate()
    {
        if (Epochs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Epochs), Epochs, "Train for at least one epoch.");
        }

        if (StepsPerEpoch is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(StepsPerEpoch), StepsPerEpoch, "An epoch needs at least one step.");
        }

        if (!(LearningRate > 0) || double.IsInfinity(LearningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "The learning rate must be positive and finite.");
        }

        if (WeightDecay < 0 || Momentum < 0)
        {
            throw new ArgumentOutOfRangeException(WeightDecay < 0 ? nameof(WeightDecay) : nameof(Momentum), Math.Min(WeightDecay, Momentum), "Cannot be negative.");
        }

        if (ValidationBatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ValidationBatchSize), ValidationBatchSize, "The validation batch size must be at least 1.");
        }

        if (EarlyStoppingPatience is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(EarlyStoppingPatience), EarlyStoppingPatience, "The patience must be at least one epoch.");
        }

        if (ResumePath is not null && string.IsNullOrWhiteSpace(ResumePath))
        {
            throw new ArgumentException("The resume path is empty: give a file name, or null for none.", nameof(ResumePath));
        }

        ArgumentNullException.ThrowIfNull(Loss);
        ArgumentNullException.ThrowIfNull(Metrics);
    }
}
