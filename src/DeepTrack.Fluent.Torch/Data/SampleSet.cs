using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// A fixed set of encoded samples (a training set or a validation set). Sample <c>i</c> of a set generated
/// from <c>start</c> is the pipeline's sample <c>start + i</c>: a pure function of the pipeline's seed and that
/// index, the same on any number of threads.
/// </summary>
public sealed class SampleSet
{
    private const int ChunkSize = 256;
    private readonly EncodedSample[] samples;

    /// <summary>Wraps encoded samples.</summary>
    /// <param name="samples">The samples, all of <paramref name="shape"/>.</param>
    /// <param name="shape">Their shape.</param>
    public SampleSet(IReadOnlyList<EncodedSample> samples, SampleShape shape)
    {
        ArgumentNullException.ThrowIfNull(samples);
        Shape = shape ?? throw new ArgumentNullException(nameof(shape));
        this.samples = new EncodedSample[samples.Count];
        for (int i = 0; i < samples.Count; i++)
        {
            shape.Check(samples[i]);
            this.samples[i] = samples[i];
        }
    }

    /// <summary>The samples' shape.</summary>
    public SampleShape Shape { get; }

    /// <summary>Samples in the set.</summary>
    public int Count => samples.Length;

    /// <summary>One encoded sample.</summary>
    /// <param name="index">Position in the set.</param>
    public EncodedSample this[int index] => samples[index];

    /// <summary>
    /// Generates samples <paramref name="start"/> … <paramref name="start"/> + <paramref name="count"/> − 1 of a pipeline
    /// in parallel (in chunks, through <see cref="Pipeline{TIn, TOut}.Generate(int, long, int)"/>) and encodes them.
    /// </summary>
    /// <typeparam name="TIn">The pipeline's input type.</typeparam>
    /// <typeparam name="TSample">The pipeline's output type.</typeparam>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="encoder">Turns an output into input and label.</param>
    /// <param name="count">How many samples (≥ 1).</param>
    /// <param name="start">The first sample index; give training and validation sets disjoint ranges.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads (−1: all cores). Never changes the result.</param>
    /// <returns>The set.</returns>
    public static SampleSet Generate<TIn, TSample>(
        Pipeline<TIn, TSample> pipeline, SampleEncoder<TSample> encoder, int count, long start = 0, int maxDegreeOfParallelism = -1)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A sample set needs at least one sample.");
        }

        var all = new EncodedSample[count];
        SampleShape? shape = null;
        for (int offset = 0; offset < count; offset += ChunkSize)
        {
            var chunk = GenerateRange(pipeline, encoder, Math.Min(ChunkSize, count - offset), start + offset, maxDegreeOfParallelism, ref shape);
            chunk.CopyTo(all, offset);
        }

        return new SampleSet(all, shape!);
    }

    /// <summary>The batch of samples <paramref name="from"/> … <paramref name="from"/> + <paramref name="count"/> − 1, in order.</summary>
    /// <param name="from">The first position.</param>
    /// <param name="count">Samples.</param>
    /// <param name="device">Where the tensors go.</param>
    /// <returns>The batch.</returns>
    public Batch Batch(int from, int count, Device? device = null)
    {
        if (from < 0 || count < 1 || from + count > samples.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"Samples {from} … {from + count - 1} are not all in a set of {samples.Length}.");
        }

        return Torch.Batch.Create(new ArraySegment<EncodedSample>(samples, from, count), Shape, device);
    }

    /// <summary>All samples in order, in batches of <paramref name="batchSize"/> (the last may be smaller): for validation and prediction.</summary>
    /// <param name="batchSize">Samples per batch (≥ 1).</param>
    /// <param name="device">Where the tensors go.</param>
    /// <returns>The batches.</returns>
    public IEnumerable<Batch> Batches(int batchSize, Device? device = null)
    {
        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "The batch size must be at least 1.");
        }

        for (int from = 0; from < samples.Length; from += batchSize)
        {
            yield return Batch(from, Math.Min(batchSize, samples.Length - from), device);
        }
    }

    /// <summary>Generates and encodes one range of samples in parallel, checking every sample against the first shape seen.</summary>
    internal static EncodedSample[] GenerateRange<TIn, TSample>(
        Pipeline<TIn, TSample> pipeline, SampleEncoder<TSample> encoder, int count, long start, int maxDegreeOfParallelism, ref SampleShape? shape)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return Encode(pipeline, encoder, pipeline.Generate(count, start, maxDegreeOfParallelism), i => start + i, maxDegreeOfParallelism, ref shape);
    }

    /// <summary>Generates and encodes the samples of some indices in parallel, checking every sample against the first shape seen.</summary>
    internal static EncodedSample[] GenerateIndices<TIn, TSample>(
        Pipeline<TIn, TSample> pipeline, SampleEncoder<TSample> encoder, IReadOnlyList<long> indices, int maxDegreeOfParallelism, ref SampleShape? shape)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return Encode(pipeline, encoder, pipeline.Generate(indices, maxDegreeOfParallelism), i => indices[i], maxDegreeOfParallelism, ref shape);
    }

    /// <summary>Encodes generated outputs in parallel (output <c>i</c> is sample <paramref name="indexOf"/>(i)) and checks their shapes and values.</summary>
    private static EncodedSample[] Encode<TIn, TSample>(
        Pipeline<TIn, TSample> pipeline, SampleEncoder<TSample> encoder, TSample[] outputs, Func<int, long> indexOf, int maxDegreeOfParallelism, ref SampleShape? shape)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        int count = outputs.Length;
        var encoded = new EncodedSample[count];
        var shapes = new SampleShape[count];
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
            {
                encoded[i] = encoder.Encode(outputs[i], indexOf(i), out shapes[i]);
            });
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count >= 1)
        {
            ExceptionDispatchInfo.Capture(aggregate.InnerExceptions[0]).Throw();
            throw;
        }

        shape ??= shapes[0];
        for (int i = 0; i < count; i++)
        {
            long index = indexOf(i);
            if (!SameShape(shapes[i], shape))
            {
                throw new InvalidOperationException($"Sample {index} has the shape {shapes[i]}, but earlier samples have {shape}.");
            }

            if (shape.NonFinite(encoded[i]) is { } problem)
            {
                throw new InvalidOperationException(
                    $"Sample {index} of the pipeline with seed {pipeline.Seed} {problem}: a network cannot learn from it. " +
                    $"Reproduce it with pipeline.Sample({index}) and look for the feature that makes the value.");
            }
        }

        return encoded;
    }

    private static bool SameShape(SampleShape a, SampleShape b)
        => a.Kind == b.Kind && a.Input.AsSpan().SequenceEqual(b.Input) && a.Label.AsSpan().SequenceEqual(b.Label);
}
