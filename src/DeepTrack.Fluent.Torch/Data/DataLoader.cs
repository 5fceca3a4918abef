using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Serves a fixed <see cref="SampleSet"/> in mini-batches, reshuffled every epoch. The order of epoch <c>e</c>
/// is a function of (seed, e) only.
/// </summary>
public sealed class DataLoader : ITrainingData
{
    private readonly SampleSet set;
    private readonly int batchSize;
    private readonly bool shuffle;
    private readonly ulong seed;
    private readonly bool dropLast;

    /// <summary>Creates a loader.</summary>
    /// <param name="set">The samples.</param>
    /// <param name="batchSize">Samples per batch (≥ 1).</param>
    /// <param name="shuffle">Whether each epoch visits the samples in a new random order.</param>
    /// <param name="seed">The shuffling seed.</param>
    /// <param name="dropLast">Whether to skip a last, smaller batch.</param>
    public DataLoader(SampleSet set, int batchSize, bool shuffle = true, ulong seed = 0, bool dropLast = false)
    {
        this.set = set ?? throw new ArgumentNullException(nameof(set));
        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "The batch size must be at least 1.");
        }

        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.seed = seed;
        this.dropLast = dropLast;
    }

    /// <inheritdoc/>
    public SampleShape Shape => set.Shape;

    /// <inheritdoc/>
    /// <remarks>True: the order of epoch <c>e</c> is a function of (seed, e) only.</remarks>
    public bool EpochsAreIndependent => true;

    /// <summary>Batches per epoch.</summary>
    public int BatchesPerEpoch => Shuffling.BatchCount(set.Count, batchSize, dropLast);

    /// <inheritdoc/>
    public IEnumerable<Batch> Epoch(int epoch, Device? device = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        foreach (int[] positions in Shuffling.EpochBatches(set.Count, batchSize, shuffle, seed, epoch, dropLast))
        {
            var members = new EncodedSample[positions.Length];
            for (int i = 0; i < positions.Length; i++)
            {
                members[i] = set[positions[i]];
            }

            yield return Batch.Create(members, set.Shape, device);
        }
    }
}
