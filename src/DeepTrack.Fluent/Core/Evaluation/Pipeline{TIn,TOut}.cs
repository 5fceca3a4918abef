using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace DeepTrack.Fluent;

/// <summary>
/// A feature made ready to evaluate: nodes numbered, a seed and an environment chosen. Sample <c>i</c> is a pure
/// function of (seed, i): <see cref="Generate(int, long, int)"/> gives bit-identical results whatever the thread count,
/// order or batch size, and equals resolving after <c>i</c> calls of <see cref="Update"/>.
/// </summary>
/// <remarks>
/// <para>Threads. Every member may be called from several threads at once. <see cref="Generate(int, long, int)"/> and
/// <see cref="Stream"/> evaluate on workers of their own and run in parallel. The members that use the pipeline's
/// current sample (<see cref="Sample"/>, <see cref="Update"/>, <see cref="Resolve()"/>, <see cref="Resolved"/>, the
/// counters) take turns on one evaluator: each call is correct, but calls from several threads do not run in
/// parallel, and they share the current sample, so one thread's <c>Update()</c> may be followed by another thread's
/// before its <c>Resolve()</c>. A thread that needs a particular sample asks for it with <c>Sample(i)</c>; parallel
/// generation uses <c>Generate</c>.</para>
/// <para>Failures. An exception in sample <c>i</c> of <c>Generate</c> surfaces as a
/// <see cref="SampleGenerationException"/> naming the seed, the sample, the feature and the replica, with the original
/// as its inner exception; <c>Sample(i)</c> on a pipeline built with the same seed throws the original again.</para>
/// <para>Images. Outputs, and the images given to <see cref="Resolve(TIn)"/>, are read-only (see <see cref="Image{T}"/>):
/// they are memoised and may be shared between samples.</para>
/// </remarks>
/// <typeparam name="TIn">The input type.</typeparam>
/// <typeparam name="TOut">The output type.</typeparam>
public sealed class Pipeline<TIn, TOut>
{
    /// <summary>From this many samples on, <see cref="Generate(int, long, int)"/> checks after the first sample that all would fit in memory.</summary>
    private const int MemoryCheckCount = 256;

    private readonly PipelineGraph graph;
    private readonly Evaluator evaluator;
    private readonly TIn defaultInput;
    private readonly Lock gate = new();

    internal Pipeline(Feature<TIn, TOut> root, ulong seed, TIn defaultInput, SimulationEnvironment? environment)
    {
        Root = root ?? throw new ArgumentNullException(nameof(root));
        Seed = seed;
        Environment = environment ?? new SimulationEnvironment();
        this.defaultInput = defaultInput;
        graph = new PipelineGraph(root);
        evaluator = new Evaluator(graph, seed, Environment);
    }

    /// <summary>The feature evaluated.</summary>
    public Feature<TIn, TOut> Root { get; }

    /// <summary>The seed of every draw.</summary>
    public ulong Seed { get; }

    /// <summary>The FFT backend and cache the features compute with (<see cref="FeatureContext.Environment"/>).</summary>
    public SimulationEnvironment Environment { get; }

    /// <summary>The input every sample starts from (nothing, or an empty list).</summary>
    internal TIn DefaultInput => defaultInput;

    /// <summary>A new evaluator of this pipeline (for batch methods that draw samples outside <see cref="Generate(int, long, int)"/>).</summary>
    /// <returns>The evaluator, at sample 0.</returns>
    internal Evaluator CreateEvaluator() => new(graph, Seed, Environment);

    /// <summary>The sample that <see cref="Resolve()"/> computes (0 at first, +1 per <see cref="Update"/>).</summary>
    public long SampleIndex
    {
        get
        {
            lock (gate)
            {
                return evaluator.SampleIndex;
            }
        }
    }

    /// <summary>The distinct features of the pipeline, in node-number order.</summary>
    public IReadOnlyList<Feature> Features => graph.Nodes;

    /// <summary>Moves to the next sample: every random property will be drawn again when resolved.</summary>
    /// <returns>This pipeline.</returns>
    public Pipeline<TIn, TOut> Update()
    {
        lock (gate)
        {
            evaluator.MoveTo(evaluator.SampleIndex + 1);
        }

        return this;
    }

    /// <summary>Resolves the current sample with the default input (nothing, or an empty list).</summary>
    /// <returns>The output; resolving again without an update recomputes nothing.</returns>
    public TOut Resolve() => Resolve(defaultInput);

    /// <summary>Resolves the current sample with an input.</summary>
    /// <param name="input">The input (its images become read-only); a different object than last time recomputes what depends on it.</param>
    /// <returns>The output.</returns>
    public TOut Resolve(TIn input)
    {
        lock (gate)
        {
            return evaluator.Evaluate(Root, input, ReplicaPath.Root);
        }
    }

    /// <summary>Resolves sample <paramref name="index"/> (and makes it the current sample).</summary>
    /// <param name="index">The sample index (≥ 0).</param>
    /// <returns>The output.</returns>
    public TOut Sample(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        lock (gate)
        {
            evaluator.MoveTo(index);
            return evaluator.Evaluate(Root, defaultInput, ReplicaPath.Root);
        }
    }

    /// <summary>Generates samples <paramref name="start"/> … <paramref name="start"/> + <paramref name="count"/> − 1 on all cores.</summary>
    /// <param name="count">How many samples (all kept in the returned array: for more than fit in memory, use <see cref="Stream"/>).</param>
    /// <param name="start">The first sample index.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads (−1: as many as cores). Never changes the results.</param>
    /// <returns>The outputs, in sample order.</returns>
    /// <exception cref="SampleGenerationException">A sample failed (the one with the lowest index is reported).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The outputs would not fit in memory.</exception>
    public TOut[] Generate(int count, long start = 0, int maxDegreeOfParallelism = -1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        return GenerateCore(count, i => start + i, maxDegreeOfParallelism);
    }

    /// <summary>
    /// Generates the samples of the given indices on all cores: element <c>k</c> of the result is sample
    /// <c>indices[k]</c>, the same as <see cref="Sample"/> gives (indices in any order, repeats allowed), e.g. a shuffled
    /// mini-batch generated when it is needed.
    /// </summary>
    /// <param name="indices">The sample indices (each ≥ 0).</param>
    /// <param name="maxDegreeOfParallelism">Worker threads (−1: as many as cores). Never changes the results.</param>
    /// <returns>The outputs, in the order of <paramref name="indices"/>.</returns>
    /// <exception cref="SampleGenerationException">A sample failed (the first failing one in the order of <paramref name="indices"/> is reported, whatever the thread count).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is negative, or the outputs would not fit in memory.</exception>
    public TOut[] Generate(IReadOnlyList<long> indices, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(indices);
        for (int k = 0; k < indices.Count; k++)
        {
            if (indices[k] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(indices), indices[k], $"Sample indices cannot be negative (indices[{k}]).");
            }
        }

        return GenerateCore(indices.Count, k => indices[k], maxDegreeOfParallelism);
    }

    /// <summary>Generates element <c>i</c> of the result as sample <paramref name="indexOf"/>(i), in parallel workers.</summary>
    private TOut[] GenerateCore(int count, Func<int, long> indexOf, int maxDegreeOfParallelism)
    {
        RequireMemory(count, 0);
        // Idle workers between the parallel loop's threads (a plain stack: a ConcurrentBag would keep them, and the
        // environment they reference, in thread-local storage until its finalizer runs).
        var workers = new Stack<Evaluator>();
        var failures = new List<(int Position, long Index, EvaluationFailure Failure)>();
        TOut[] results;
        int first = 0;
        if (count >= MemoryCheckCount)
        {
            // The first sample tells how much every sample holds: stop now rather than run out of memory later.
            var worker = new Evaluator(graph, Seed, Environment);
            var sample = new TOut[1];
            if (!TryGenerate(worker, sample, 0, indexOf(0), failures))
            {
                throw Failure(failures);
            }

            RequireMemory(count, OutputImages.Bytes(sample[0]));
            results = new TOut[count];
            results[0] = sample[0];
            workers.Push(worker);
            first = 1;
        }
        else
        {
            results = new TOut[count];
        }

        Parallel.For(
            first,
            count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () =>
            {
                lock (workers)
                {
                    return workers.TryPop(out var worker) ? worker : new Evaluator(graph, Seed, Environment);
                }
            },
            (i, loop, worker) =>
            {
                if (TryGenerate(worker, results, i, indexOf(i), failures))
                {
                    return worker;
                }

                // Samples below this one still run (and may fail first); those above are not started.
                loop.Break();
                return new Evaluator(graph, Seed, Environment);
            },
            worker =>
            {
                lock (workers)
                {
                    workers.Push(worker);
                }
            });
        if (failures.Count > 0)
        {
            throw Failure(failures);
        }

        return results;
    }

    /// <summary>An endless stream of consecutive samples starting at <paramref name="start"/>, generated in parallel batches.</summary>
    /// <param name="start">The first sample index.</param>
    /// <param name="batchSize">Samples generated per parallel batch.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The samples in order.</returns>
    /// <exception cref="SampleGenerationException">A sample failed.</exception>
    public IEnumerable<TOut> Stream(long start = 0, int batchSize = 64, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        for (long next = start; !cancellationToken.IsCancellationRequested; next += batchSize)
        {
            foreach (var sample in Generate(batchSize, next))
            {
                yield return sample;
            }
        }
    }

    /// <summary>
    /// The resolved copy of <paramref name="feature"/> for the current sample: every property holds the value
    /// drawn for it (at the top level, or for <paramref name="replica"/> inside repeats).
    /// </summary>
    /// <typeparam name="TFeature">The feature's type.</typeparam>
    /// <param name="feature">A feature of the pipeline.</param>
    /// <param name="replica">The replica, for features inside repeats (default: the top level).</param>
    /// <returns>The resolved copy.</returns>
    public TFeature Resolved<TFeature>(TFeature feature, ReplicaPath replica = default)
        where TFeature : Feature
    {
        ArgumentNullException.ThrowIfNull(feature);
        graph.IdOf(feature);
        lock (gate)
        {
            return (TFeature)evaluator.GetResolved(feature, replica);
        }
    }

    /// <summary>How many times <paramref name="feature"/> has computed its output in this pipeline's own evaluations (not in <see cref="Generate(int, long, int)"/>).</summary>
    /// <param name="feature">A feature of the pipeline.</param>
    /// <returns>The count.</returns>
    public long ComputationsOf(Feature feature)
    {
        int id = graph.IdOf(feature);
        lock (gate)
        {
            return evaluator.Computations[id];
        }
    }

    /// <summary>How many times <paramref name="feature"/> has resolved its properties in this pipeline's own evaluations.</summary>
    /// <param name="feature">A feature of the pipeline.</param>
    /// <returns>The count.</returns>
    public long ResolutionsOf(Feature feature)
    {
        int id = graph.IdOf(feature);
        lock (gate)
        {
            return evaluator.Resolutions[id];
        }
    }

    /// <summary>Total output computations of every feature in this pipeline's own evaluations.</summary>
    public long TotalComputations
    {
        get
        {
            lock (gate)
            {
                long total = 0;
                foreach (long count in evaluator.Computations)
                {
                    total += count;
                }

                return total;
            }
        }
    }

    private static void RequireMemory(int count, long sampleBytes)
    {
        if (OutputMemory.Problem($"Generate({count})", count, Unsafe.SizeOf<TOut>(), sampleBytes, "generate in batches with Generate(count, start), or consume Stream()") is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, problem + ".");
        }
    }

    /// <summary>Generates sample <paramref name="index"/> into element <paramref name="i"/> of <paramref name="results"/>; records a failure instead of throwing.</summary>
    private bool TryGenerate(Evaluator worker, TOut[] results, int i, long index, List<(int, long, EvaluationFailure)> failures)
    {
        try
        {
            worker.MoveTo(index);
            results[i] = worker.Evaluate(Root, defaultInput, ReplicaPath.Root);
            return true;
        }
        catch (Exception exception)
        {
            var failure = worker.LastFailure is { } known && ReferenceEquals(known.Exception, exception)
                ? known
                : new EvaluationFailure(exception, Root, ReplicaPath.Root);
            lock (failures)
            {
                failures.Add((i, index, failure));
            }

            return false;
        }
    }

    /// <summary>The exception for the first failure in the order of the results (the lowest index of a range; the first failing position of a list of indices).</summary>
    private SampleGenerationException Failure(List<(int Position, long Index, EvaluationFailure Failure)> failures)
    {
        (int Position, long Index, EvaluationFailure Failure)? first = null;
        foreach (var failure in failures)
        {
            if (first is null || failure.Position < first.Value.Position)
            {
                first = failure;
            }
        }

        var (_, index, (exception, feature, replica)) = first!.Value;
        return new SampleGenerationException(Seed, index, feature, replica, exception);
    }
}
