using System;
using DeepTrack.Fluent.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Cli;

/// <summary>
/// What <c>train</c> and <c>apply</c> need for one pipeline: a fresh model, how a sample becomes input and label,
/// the trainer's options, and the default sizes of the sets (each overridable on the command line).
/// </summary>
/// <typeparam name="TSample">The pipeline's output type.</typeparam>
public sealed record TrainingSetup<TSample>
{
    /// <summary>Makes a new, untrained model (called once per run; <c>apply</c> loads the saved weights into it).</summary>
    public required Func<nn.Module<Tensor, Tensor>> Model { get; init; }

    /// <summary>Turns a sample into the model's input and label.</summary>
    public required SampleEncoder<TSample> Encoder { get; init; }

    /// <summary>The trainer's options; <c>--epochs</c> and <c>--learning-rate</c> replace theirs, and the checkpoint goes to the output folder.</summary>
    public TrainerOptions Options { get; init; } = new();

    /// <summary>Training samples, 0 … n − 1 (<c>--samples</c>).</summary>
    public int TrainingSamples { get; init; } = 10_000;

    /// <summary>Validation samples, from <see cref="ValidationStart"/> on (<c>--validation</c>).</summary>
    public int ValidationSamples { get; init; } = 1_000;

    /// <summary>The first validation sample index: far from the training range, so the two sets never share a sample.</summary>
    public long ValidationStart { get; init; } = 1_000_000_000;

    /// <summary>Samples per training step (<c>--batch-size</c>).</summary>
    public int BatchSize { get; init; } = 32;
}
