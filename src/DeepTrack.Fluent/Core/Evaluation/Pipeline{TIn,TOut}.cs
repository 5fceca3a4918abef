using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace DeepTrack.Fluent;

/// <summary>
/// A feature made ready to evaluate: nodes numbered, a seed chosen. Sample <c>i</c> is a pure function of
/// (seed, i): <see cref="Generate(int, long, int)"/> gives bit-identical results whatever the thread count,
/// order or batch size, and equals resolving after <c>i</c> calls of <see cref="Update"/>.
/// </summary>
/// <typeparam name="TIn">The input type.</typeparam>
/// <typeparam name="TOut">The output type.</typeparam>
public sealed class Pipeline<TIn, TOut>
{
    private readonly PipelineGraph graph;
    private readonly Evaluator evaluator;
    private readonly TIn defaultInput;

    internal Pipeline(Feature<TIn, TOut> root, ulong seed, TIn defaultInput)
    {
        Root = root ?? throw new ArgumentNullException(nameof(root));
        Seed = seed;
        this.defaultInput = defaultInput;
        graph = new PipelineGraph(root);
        evaluator = new Evaluator(graph, seed);
    }

    /// <summary>The feature evaluated.</summary>
    public Feature<TIn, TOut> Root { get; }

    /// <summary>The seed of every draw.</summary>
    public ulong Seed { get; }

    /// <summary>The sample that <see cref="Resolve()"/> computes (0 at first, +1 per <see cref="Update"/>).</summary>
    public long SampleIndex => evaluator.SampleIndex;

    /// <summary>The distinct features of the pipeline, in node-number order.</summary>
    public IReadOnlyList<Feature> Features => graph.Nodes;

    /// <summary>Moves to the next sample: every random property will be drawn again when resolved.</summary>
    /// <returns>This pipeline.</returns>
    public Pipeline<TIn, TOut> Update()
    {
        evaluator.MoveTo(evaluator.SampleIndex + 1);
        return this;
    }

    /// <summary>Resolves the current sample with the default input (nothing, or an empty list).</summary>
    /// <returns>The output; resolving again without an update recomputes nothing.</returns>
    public TOut Resolve() => Resolve(defaultInput);

    /// <summary>Resolves the current sample with an input.</summary>
    /// <param name="input">The input; a different object than last time recomputes what depends on it.</param>
    /// <returns>The output.</returns>
    public TOut Resolve(TIn input) => evaluator.Evaluate(Root, input, ReplicaPath.Root);

    /// <summary>Resolves sample <paramref name="index"/> (and makes it the current sample).</summary>
    /// <param name="index">The sample index (≥ 0).</param>
    /// <returns>The output.</returns>
    public TOut Sample(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        evaluator.MoveTo(index);
        return Resolve();
    }

    /// <summary>Generates samples <paramref name="start"/> … <paramref name="start"/> + <paramref name="count"/> − 1 on all cores.</summary>
    /// <param name="count">How many samples.</param>
    /// <param name="start">The first sample index.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads (−1: as many as cores). Never changes the results.</param>
    /// <returns>The outputs, in sample order.</returns>
    public TOut[] Generate(int count, long start = 0, int maxDegreeOfParallelism = -1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        var results = new TOut[count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var workers = new ConcurrentBag<Evaluator>();
        Parallel.For(
            0,
            count,
            options,
            () => workers.TryTake(out var worker) ? worker : new Evaluator(graph, Seed),
            (i, _, worker) =>
            {
                worker.MoveTo(start + i);
                results[i] = worker.Evaluate(Root, defaultInput, ReplicaPath.Root);
                return worker;
            },
            workers.Add);
        return results;
    }

    /// <summary>An endless stream of consecutive samples starting at <paramref name="start"/>, generated in parallel batches.</summary>
    /// <param name="start">The first sample index.</param>
    /// <param name="batchSize">Samples generated per parallel batch.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The samples in order.</returns>
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
        return (TFeature)evaluator.GetResolved(feature, replica);
    }

    /// <summary>How many times <paramref name="feature"/> has computed its output in this pipeline's own evaluations (not in <see cref="Generate"/>).</summary>
    /// <param name="feature">A feature of the pipeline.</param>
    /// <returns>The count.</returns>
    public long ComputationsOf(Feature feature) => evaluator.Computations[graph.IdOf(feature)];

    /// <summary>How many times <paramref name="feature"/> has resolved its properties in this pipeline's own evaluations.</summary>
    /// <param name="feature">A feature of the pipeline.</param>
    /// <returns>The count.</returns>
    public long ResolutionsOf(Feature feature) => evaluator.Resolutions[graph.IdOf(feature)];

    /// <summary>Total output computations of every feature in this pipeline's own evaluations.</summary>
    public long TotalComputations
    {
        get
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
