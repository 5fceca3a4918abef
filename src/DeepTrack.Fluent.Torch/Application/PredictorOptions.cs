using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>How a <see cref="Predictor"/> runs: batch size, threads reading and normalising images, and the device.</summary>
public sealed record PredictorOptions
{
    /// <summary>Images per forward pass (≥ 1).</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Threads loading and normalising the images of a batch (−1: all cores); the next batch is prepared while the model runs on the current one. Never changes the result.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Where the model runs (null: where it is, normally the CPU); the model is moved there.</summary>
    public Device? Device { get; init; }
}
