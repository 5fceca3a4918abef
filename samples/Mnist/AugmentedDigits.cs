using System.Collections.Generic;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Torch;
using static TorchSharp.torch;

namespace Mnist;

/// <summary>
/// Training data made afresh every epoch: epoch e is samples e·n … e·n + n − 1 of the augmentation pipeline (each a
/// training digit drawn at random and transformed), generated on all cores and served shuffled.
/// </summary>
/// <param name="pipeline">The augmentation pipeline: (augmented image, class).</param>
/// <param name="encoder">Its encoder.</param>
/// <param name="perEpoch">Samples per epoch.</param>
/// <param name="batchSize">Samples per batch.</param>
/// <param name="seed">The shuffling seed.</param>
/// <param name="firstEpoch">The epoch that the trainer's epoch 0 stands for (training in several phases).</param>
public sealed class AugmentedDigits(
    Pipeline<NoInput, (Image<double> Image, int Label)> pipeline,
    SampleEncoder<(Image<double> Image, int Label)> encoder,
    int perEpoch,
    int batchSize,
    ulong seed,
    int firstEpoch = 0) : ITrainingData
{
    /// <inheritdoc />
    public SampleShape Shape { get; } = ShapeOf(pipeline, encoder);

    /// <summary>The same data from another epoch on.</summary>
    /// <param name="epoch">The epoch that the trainer's epoch 0 stands for.</param>
    /// <returns>The data.</returns>
    public AugmentedDigits From(int epoch) => new(pipeline, encoder, perEpoch, batchSize, seed, epoch);

    /// <inheritdoc />
    public IEnumerable<Batch> Epoch(int epoch, Device? device = null)
    {
        int e = firstEpoch + epoch;
        var set = SampleSet.Generate(pipeline, encoder, perEpoch, start: (long)e * perEpoch);
        return new DataLoader(set, batchSize, seed: seed).Epoch(e, device);
    }

    private static SampleShape ShapeOf(Pipeline<NoInput, (Image<double> Image, int Label)> pipeline, SampleEncoder<(Image<double> Image, int Label)> encoder)
    {
        encoder.Encode(pipeline.Sample(0), 0, out var shape);
        return shape;
    }
}
