using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Serves samples <c>start … start + count − 1</c> of a pipeline in mini-batches, reshuffled every epoch, generating each
/// batch when it is needed instead of keeping the set in memory: the same batches, bit for bit, as a
/// <see cref="DataLoader"/> over <c>SampleSet.Generate(pipeline, encoder, count, start)</c> with the same batch size, seed
/// and flags, in the memory of two batches. For training sets larger than memory (3-D labels of hundreds of images),
/// at the price of simulating every sample again in every epoch.
/// </summary>
/// <remarks>
/// While the trainer uses one batch, the next is generated on the pipeline's workers (all cores), so generation overlaps
/// training. Sample <c>i</c> is a pure function of (pipeline seed, <c>i</c>), and epoch <c>e</c>'s order of (seed, e), so any
/// epoch can be served first (<see cref="EpochsAreIndependent"/>) and a run on it can be resumed.
/// </remarks>
/// <typeparam name="TIn">The pipeline's input type.</typeparam>
/// <typeparam name="TSample">The pipeline's output type.</typeparam>
public sealed class StreamingLoader<TIn, TSample> : ITrainingData
{
    private readonly Pipeline<TIn, TSample> pipeline;
    private readonly SampleEncoder<TSample> encoder;
    private readonly int count;
    private readonly long start;
    private readonly int batchSize;
    private readonly bool shuffle;
    private readonly ulong seed;
    private readonly bool dropLast;
    private readonly SampleShape shape;

    /// <summary>Creates a loader (generating sample <paramref name="start"/> once, for the shapes).</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="encoder">Turns an output into input and label.</param>
    /// <param name="count">Samples per epoch (≥ 1).</param>
    /// <param name="batchSize">Samples per batch (≥ 1).</param>
    /// <param name="start">The first sample index (≥ 0).</param>
    /// <param name="shuffle">Whether each epoch visits the samples in a new random order.</param>
    /// <param name="seed">The shuffling seed.</param>
    /// <param name="dropLast">Whether to skip a last, smaller batch.</param>
    public StreamingLoader(Pipeline<TIn, TSample> pipeline, SampleEncoder<TSample> encoder, int count, int batchSize, long start = 0,
        bool shuffle = true, ulong seed = 0, bool dropLast = false)
    {
        this.pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        this.encoder = encoder ?? throw new ArgumentNullException(nameof(encoder));
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A loader needs at least one sample.");
        }

        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "The batch size must be at least 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(start);
        this.count = count;
        this.start = start;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.seed = seed;
        this.dropLast = dropLast;
        SampleShape? first = null;
        SampleSet.GenerateRange(pipeline, encoder, 1, start, -1, ref first);
        shape = first!;
    }

    /// <inheritdoc/>
    public SampleShape Shape => shape;

    /// <inheritdoc/>
    /// <remarks>True: the batches of epoch <c>e</c> are a function of the pipeline's seed, this loader's seed and e.</remarks>
    public bool EpochsAreIndependent => true;

    /// <summary>Batches per epoch.</summary>
    public int BatchesPerEpoch => Shuffling.BatchCount(count, batchSize, dropLast);

    /// <inheritdoc/>
    /// <exception cref="SampleGenerationException">A sample of the batch failed (naming the seed and the sample).</exception>
    public IEnumerable<Batch> Epoch(int epoch, Device? device = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        var batches = Shuffling.EpochBatches(count, batchSize, shuffle, seed, epoch, dropLast)
            .Select(positions => positions.Select(i => start + i).ToArray())
            .ToArray();
        return Serve(batches, device);
    }

    private IEnumerable<Batch> Serve(long[][] batches, Device? device)
    {
        Task<EncodedSample[]>? next = batches.Length > 0 ? Generate(batches[0]) : null;
        for (int b = 0; b < batches.Length; b++)
        {
            var members = next!.GetAwaiter().GetResult();
            next = b + 1 < batches.Length ? Generate(batches[b + 1]) : null;
            yield return Batch.Create(members, shape, device);
        }
    }

    private Task<EncodedSample[]> Generate(long[] indices) => Task.Run(() =>
    {
        SampleShape? known = shape;
        return SampleSet.GenerateIndices(pipeline, encoder, indices, -1, ref known);
    });
}
