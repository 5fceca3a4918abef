using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Training data that keeps being generated while the model trains, in the spirit of DeepTrack 1.x's
/// <c>ContinuousGenerator</c>: a background producer generates samples <c>Start, Start + 1, …</c> of the pipeline
/// (in parallel chunks) into a waiting queue; training starts once <see cref="ContinuousGeneratorOptions.MinSize"/>
/// samples exist; every epoch retires the samples already served in <see cref="ContinuousGeneratorOptions.MaxEpochsPerSample"/>
/// epochs, admits waiting samples in index order, drops the oldest when more than
/// <see cref="ContinuousGeneratorOptions.MaxSize"/> would be in use, and serves the result in a shuffled order.
/// </summary>
/// <remarks>
/// <para>Always deterministic for a seed: the content of each sample (a pure function of the pipeline's seed and its index),
/// the order in which samples are admitted, and the order of an epoch given the samples it holds (a permutation keyed by
/// (seed, epoch)). With <see cref="ContinuousGeneratorOptions.NewSamplesPerEpoch"/> set, epoch 0 holds exactly the first
/// MinSize samples and each later epoch admits exactly that many (waiting for the producer if it is behind), so every
/// epoch's batches are a function of the seed alone. Without it, later epochs admit whatever was produced meanwhile, as
/// DeepTrack does, and their composition depends on timing.</para>
/// <para>No sample is ever served in more than k epochs. Epochs must be requested in order 0, 1, 2, … (each once); with
/// NewSamplesPerEpoch set, a generator that has not started may begin at a later epoch <c>e</c> (then <c>e + 1</c>, …) and
/// serves exactly what an in-order run serves from <c>e</c> on, generating only the samples epoch <c>e</c> keeps from earlier
/// epochs (this is how <see cref="Trainer"/> resumes a run on it). Dispose the generator to stop the producer.</para>
/// </remarks>
/// <typeparam name="TIn">The pipeline's input type.</typeparam>
/// <typeparam name="TSample">The pipeline's output type.</typeparam>
public sealed class ContinuousGenerator<TIn, TSample> : ITrainingData, IDisposable
{
    private readonly Pipeline<TIn, TSample> pipeline;
    private readonly SampleEncoder<TSample> encoder;
    private readonly ContinuousGeneratorOptions options;
    private readonly object gate = new();
    private readonly Queue<EncodedSample> waiting = new();
    private readonly List<EncodedSample> active = [];
    private readonly Dictionary<long, int> epochsServed = [];
    private readonly CancellationTokenSource stop = new();
    private Task? producer;
    private Exception? producerFailure;
    private SampleShape? shape;
    private long produced;
    private long producerStart;
    private bool placeholders;
    private int nextEpoch;
    private bool disposed;

    /// <summary>Creates the generator; the producer starts with <see cref="Start"/> or the first epoch.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="encoder">Turns an output into input and label.</param>
    /// <param name="options">Buffer sizes and reuse.</param>
    public ContinuousGenerator(Pipeline<TIn, TSample> pipeline, SampleEncoder<TSample> encoder, ContinuousGeneratorOptions options)
    {
        this.pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        this.encoder = encoder ?? throw new ArgumentNullException(nameof(encoder));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
        producerStart = options.Start;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// True with <see cref="ContinuousGeneratorOptions.NewSamplesPerEpoch"/> set: every epoch's samples are then a function of
    /// the seed and the epoch, and a generator that has not started may serve a later epoch first (it works out which
    /// samples that epoch keeps from earlier ones and generates only those), so a run on it can be resumed.
    /// </remarks>
    public bool EpochsAreIndependent => options.NewSamplesPerEpoch is not null;

    /// <inheritdoc/>
    public SampleShape Shape
    {
        get
        {
            WaitFor(() => shape is not null);
            return shape!;
        }
    }

    /// <summary>Samples generated so far.</summary>
    public long Produced
    {
        get
        {
            lock (gate)
            {
                return produced;
            }
        }
    }

    /// <summary>The pipeline sample indices of the most recent epoch, in admission order.</summary>
    public IReadOnlyList<long> CurrentSamples
    {
        get
        {
            lock (gate)
            {
                return active.Select(s => s.Index).ToArray();
            }
        }
    }

    /// <summary>Samples whose epoch counts are kept (always the active ones only, so it stays bounded by MaxSize).</summary>
    internal int TrackedSamples
    {
        get
        {
            lock (gate)
            {
                return epochsServed.Count;
            }
        }
    }

    /// <summary>Starts the background producer (idempotent).</summary>
    /// <returns>This generator.</returns>
    public ContinuousGenerator<TIn, TSample> Start()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            producer ??= Task.Factory.StartNew(Produce, TaskCreationOptions.LongRunning);
        }

        return this;
    }

    /// <inheritdoc/>
    public IEnumerable<Batch> Epoch(int epoch, Device? device = null)
    {
        var members = Admit(epoch);
        return Serve(members, epoch, device);
    }

    /// <summary>Stops the producer and waits for it.</summary>
    public void Dispose()
    {
        Task? running;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            running = producer;
            stop.Cancel();
            Monitor.PulseAll(gate);
        }

        // The producer catches its own failures (they are handed to the consumer), so waiting never throws.
        running?.Wait();
        stop.Dispose();
    }

    private IEnumerable<Batch> Serve(EncodedSample[] members, int epoch, Device? device)
    {
        int[] order = Shuffling.Order(members.Length, RandomStream.Mix(options.Seed, (ulong)epoch));
        for (int from = 0; from + options.BatchSize <= order.Length; from += options.BatchSize)
        {
            var batch = new EncodedSample[options.BatchSize];
            for (int i = 0; i < batch.Length; i++)
            {
                batch[i] = members[order[from + i]];
            }

            yield return Batch.Create(batch, shape!, device);
        }
    }

    private EncodedSample[] Admit(int epoch)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (epoch != nextEpoch && !(nextEpoch == 0 && producer is null && EpochsAreIndependent))
            {
                throw new InvalidOperationException(
                    $"Epoch {epoch} was requested, but the continuous generator serves epochs in order and the next one is {nextEpoch} " +
                    "(a later epoch can come first only with NewSamplesPerEpoch set, before the generator has started).");
            }

            if (epoch != nextEpoch)
            {
                SkipTo(epoch);
            }
        }

        Start();
        lock (gate)
        {
            if (placeholders)
            {
                Materialize();
            }

            Bookkeep(epoch);
            return [.. active];
        }
    }

    /// <summary>One epoch's admission: retire the samples served in k epochs, admit waiting ones, drop the oldest beyond MaxSize, count the epoch.</summary>
    private void Bookkeep(int epoch)
    {
        // Retire the samples served in k epochs, and forget their counts (the counts cover the active samples only).
        foreach (var retired in active.Where(s => epochsServed[s.Index] >= options.MaxEpochsPerSample))
        {
            epochsServed.Remove(retired.Index);
        }

        active.RemoveAll(s => !epochsServed.ContainsKey(s.Index));
        int admit;
        if (epoch == 0)
        {
            WaitLocked(() => waiting.Count >= options.MinSize);
            admit = options.NewSamplesPerEpoch is null ? Math.Min(waiting.Count, options.MaxSize) : options.MinSize;
        }
        else if (options.NewSamplesPerEpoch is { } fixedCount)
        {
            admit = Math.Min(fixedCount, options.MaxSize);
            WaitLocked(() => waiting.Count >= admit);
        }
        else
        {
            admit = Math.Min(waiting.Count, options.MaxSize);
        }

        for (int i = 0; i < admit; i++)
        {
            var sample = waiting.Dequeue();
            epochsServed[sample.Index] = 0;
            active.Add(sample);
        }

        Monitor.PulseAll(gate);
        int excess = active.Count - options.MaxSize;
        if (excess > 0)
        {
            foreach (var dropped in active.Take(excess))
            {
                epochsServed.Remove(dropped.Index);
            }

            active.RemoveRange(0, excess);
        }

        foreach (var sample in active)
        {
            epochsServed[sample.Index]++;
        }

        nextEpoch++;
    }

    /// <summary>
    /// Runs the bookkeeping of epochs 0 … <paramref name="epoch"/> − 1 on placeholders (no sample generated), so that the
    /// active samples and their epoch counts are those an in-order run has before <paramref name="epoch"/>, and lets the
    /// producer start at the oldest active sample.
    /// </summary>
    private void SkipTo(int epoch)
    {
        long next = options.Start;
        for (int e = 0; e < epoch; e++)
        {
            int admitted = e == 0 ? options.MinSize : Math.Min(options.NewSamplesPerEpoch!.Value, options.MaxSize);
            for (int i = 0; i < admitted; i++)
            {
                waiting.Enqueue(new EncodedSample(next++, [], []));
            }

            Bookkeep(e);
        }

        placeholders = true;
        producerStart = active.Count > 0 ? active[0].Index : next;
        for (int i = 0; i < active.Count; i++)
        {
            if (active[i].Index != producerStart + i)
            {
                throw new InvalidOperationException($"The active samples before epoch {epoch} are not consecutive (at {active[i].Index}): a bug of the generator.");
            }
        }
    }

    /// <summary>Replaces the placeholders of <see cref="SkipTo"/> by the samples the producer has generated (the same indices, in order).</summary>
    private void Materialize()
    {
        WaitLocked(() => waiting.Count >= active.Count);
        for (int i = 0; i < active.Count; i++)
        {
            active[i] = waiting.Dequeue();
        }

        placeholders = false;
        Monitor.PulseAll(gate); // the producer may wait for room in the queue
    }

    private void Produce()
    {
        long next = producerStart;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                lock (gate)
                {
                    while (waiting.Count >= options.MaxSize && !stop.IsCancellationRequested)
                    {
                        Monitor.Wait(gate);
                    }
                }

                if (stop.IsCancellationRequested)
                {
                    return;
                }

                SampleShape? known;
                lock (gate)
                {
                    known = shape;
                }

                var chunk = SampleSet.GenerateRange(pipeline, encoder, options.ChunkSize, next, options.MaxDegreeOfParallelism, ref known);
                next += chunk.Length;
                lock (gate)
                {
                    shape = known;
                    foreach (var sample in chunk)
                    {
                        waiting.Enqueue(sample);
                    }

                    produced += chunk.Length;
                    Monitor.PulseAll(gate);
                }
            }
        }
        catch (Exception failure)
        {
            lock (gate)
            {
                producerFailure = failure;
                Monitor.PulseAll(gate);
            }
        }
    }

    private void WaitFor(Func<bool> condition)
    {
        Start();
        lock (gate)
        {
            WaitLocked(condition);
        }
    }

    private void WaitLocked(Func<bool> condition)
    {
        while (!condition())
        {
            if (producerFailure is { } failure)
            {
                ExceptionDispatchInfo.Capture(failure).Throw();
            }

            ObjectDisposedException.ThrowIf(disposed, this);
            Monitor.Wait(gate);
        }
    }
}
