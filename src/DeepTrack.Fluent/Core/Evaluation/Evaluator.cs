using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DeepTrack.Fluent;

/// <summary>
/// Evaluates a pipeline for one sample at a time with memoisation. Every value read while computing
/// another is recorded as a dependency; moving to a new sample invalidates only the values that drew
/// randomness and what depends on them, so constant parts of a pipeline are computed once.
/// Not thread-safe: parallel generation gives every worker its own evaluator.
/// </summary>
/// <remarks>
/// Evaluation recurses through the pipeline's structure (a chain evaluates its first feature, then its second).
/// When the stack of the current thread runs low, as in a chain of tens of thousands of features, evaluation continues
/// on a new thread with a large stack while the caller waits (<see cref="DeepStack"/>), so depth is limited by memory
/// rather than by the caller's stack.
/// </remarks>
internal sealed class Evaluator
{
    private readonly Dictionary<EntryKey, CacheEntry> entries = new(EntryKey.Comparer);
    private readonly List<CacheEntry> randomEntries = [];
    private readonly Stack<CacheEntry> invalidation = new();
    private readonly RandomStream sharedStream = new(0);
    private readonly long[] computations;
    private readonly long[] resolutions;
    private Dictionary<Feature, Evaluator>? children;
    private Dictionary<Feature, Feature>? substitutions;
    private ulong scope;
    private CacheEntry? current;
    private int stackHops;

    public Evaluator(PipelineGraph graph, ulong seed, SimulationEnvironment environment)
    {
        Graph = graph;
        Seed = seed;
        Environment = environment;
        computations = new long[graph.Count];
        resolutions = new long[graph.Count];
    }

    public PipelineGraph Graph { get; }

    public ulong Seed { get; }

    public SimulationEnvironment Environment { get; }

    /// <summary>The innermost feature and replica that the last exception thrown through this evaluator passed, or null.</summary>
    public EvaluationFailure? LastFailure { get; private set; }

    public long SampleIndex { get; private set; }

    /// <summary>How many times each node computed its output, by node number.</summary>
    public IReadOnlyList<long> Computations => computations;

    /// <summary>How many times each node resolved its properties, by node number.</summary>
    public IReadOnlyList<long> Resolutions => resolutions;

    /// <summary>Moves to another sample: values that drew randomness (and their dependents) become stale.</summary>
    /// <param name="sampleIndex">The sample.</param>
    public void MoveTo(long sampleIndex)
    {
        if (sampleIndex == SampleIndex)
        {
            return;
        }

        SampleIndex = sampleIndex;
        foreach (var entry in randomEntries)
        {
            Invalidate(entry);
        }

        randomEntries.Clear();
    }

    public TOut Evaluate<TIn, TOut>(Feature<TIn, TOut> feature, TIn input, ReplicaPath path)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return ContinueOnLargerStack(feature, input, path);
        }

        Feature declared = feature;
        if (substitutions is not null && substitutions.TryGetValue(feature, out var substitute))
        {
            feature = (Feature<TIn, TOut>)substitute;
        }

        var key = new EntryKey(feature, path, scope, IsOutput: true);
        OutputEntry<TIn, TOut> entry;
        if (entries.TryGetValue(key, out var existing))
        {
            entry = (OutputEntry<TIn, TOut>)existing;
            if (entry.Valid && entry.HasInput(input))
            {
                Link(entry);
                return entry.Output;
            }

            if (entry.InProgress)
            {
                throw new InvalidOperationException($"{feature.Name} evaluates itself: a pipeline cannot contain a feature inside its own output.");
            }

            Invalidate(entry);
        }
        else
        {
            entry = new OutputEntry<TIn, TOut> { NodeId = Graph.IdOf(feature) };
            entries.Add(key, entry);
        }

        int nodeId = entry.NodeId;
        OutputImages.MakeReadOnly(input);
        var previous = Begin(entry);
        try
        {
            var resolved = (Feature<TIn, TOut>)GetResolved(feature, path);
            var context = new FeatureContext(this, declared, path, nodeId, entry);
            entry.Output = resolved.Run(input, context);
            entry.Input = input;
            computations[nodeId]++;
        }
        catch (Exception exception) when (Note(exception, declared, path))
        {
            throw;
        }
        finally
        {
            Restore(entry, previous);
        }

        Complete(entry);
        return entry.Output;
    }

    /// <summary>
    /// <see cref="Evaluate"/> on a thread with a larger stack (a method of its own, so that the closure is only
    /// allocated when it is needed).
    /// </summary>
    private TOut ContinueOnLargerStack<TIn, TOut>(Feature<TIn, TOut> feature, TIn input, ReplicaPath path)
        => DeepStack.Continue(this, () => Evaluate(feature, input, path));

    public Feature GetResolved(Feature feature, ReplicaPath path)
    {
        if (substitutions is not null && substitutions.TryGetValue(feature, out var substitute))
        {
            feature = substitute;
        }

        var key = new EntryKey(feature, path, scope, IsOutput: false);
        PropertiesEntry entry;
        if (entries.TryGetValue(key, out var existing))
        {
            entry = (PropertiesEntry)existing;
            if (entry.Valid)
            {
                Link(entry);
                return entry.Resolved!;
            }

            if (entry.InProgress)
            {
                throw new PropertyCycleException(feature.Name, [$"{feature.Name} (through the properties of another feature)"]);
            }
        }
        else
        {
            entry = new PropertiesEntry { NodeId = Graph.IdOf(feature) };
            entries.Add(key, entry);
        }

        int nodeId = entry.NodeId;
        var previous = Begin(entry);
        try
        {
            entry.Resolved = feature.CreateResolved(new ResolutionScope(this, feature, path, nodeId, entry));
            resolutions[nodeId]++;
        }
        catch (Exception exception) when (Note(exception, feature, path))
        {
            throw;
        }
        finally
        {
            Restore(entry, previous);
        }

        Complete(entry);
        return entry.Resolved;
    }

    /// <summary>Evaluates <paramref name="inner"/> with <paramref name="binding"/>'s target replaced.</summary>
    public TOut EvaluateBound<TIn, TOut>(IBinding binding, int bindingNode, Feature<TIn, TOut> inner, TIn input, ReplicaPath path)
    {
        var savedSubstitutions = substitutions;
        var savedScope = scope;
        substitutions = savedSubstitutions is null
            ? new Dictionary<Feature, Feature>(1, ReferenceEqualityComparer.Instance)
            : new Dictionary<Feature, Feature>(savedSubstitutions, ReferenceEqualityComparer.Instance);
        substitutions[binding.Target] = binding.Replacement;
        scope = RandomStream.Mix(savedScope + 1, (ulong)bindingNode);
        try
        {
            return Evaluate(inner, input, path);
        }
        finally
        {
            substitutions = savedSubstitutions;
            scope = savedScope;
        }
    }

    /// <summary>
    /// Evaluates <paramref name="inner"/> as it is for another sample, in a separate evaluator owned by
    /// <paramref name="owner"/> (its random streams are distinct from the main ones).
    /// </summary>
    public TOut EvaluateAtSample<TIn, TOut>(Feature owner, Feature<TIn, TOut> inner, TIn input, ReplicaPath path, long sampleIndex)
    {
        children ??= new Dictionary<Feature, Evaluator>(ReferenceEqualityComparer.Instance);
        if (!children.TryGetValue(owner, out var child))
        {
            child = new Evaluator(Graph, RandomStream.Mix(Seed, (ulong)Graph.IdOf(owner) + 0x5EED), Environment);
            children.Add(owner, child);
        }

        child.MoveTo(sampleIndex);
        try
        {
            return child.Evaluate(inner, input, path);
        }
        catch (Exception exception) when (child.LastFailure is { } failure && ReferenceEquals(failure.Exception, exception) && Adopt(failure))
        {
            throw;
        }
    }

    /// <summary>Runs <paramref name="evaluation"/> with one more level of continuation threads counted (see <see cref="DeepStack"/>).</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="evaluation">The evaluation to continue.</param>
    /// <returns>Its result.</returns>
    internal T WithStackHop<T>(Func<T> evaluation)
    {
        if (stackHops >= DeepStack.MaximumHops)
        {
            throw new InvalidOperationException(
                $"The pipeline nests features more than {DeepStack.MaximumHops} × {DeepStack.StackBytes >> 20} MiB of stack deep; evaluation stops here instead of exhausting the memory. Flatten the pipeline (for example apply a list of steps in one feature) instead of nesting it so deeply.");
        }

        stackHops++;
        try
        {
            return evaluation();
        }
        finally
        {
            stackHops--;
        }
    }

    /// <summary>The evaluator's shared stream, restarted for a property draw.</summary>
    public RandomStream SharedStream(int nodeId, ulong salt, ReplicaPath path)
    {
        sharedStream.Reset(StreamKey(nodeId, salt, path));
        return sharedStream;
    }

    /// <summary>A new stream for a feature's computation.</summary>
    public RandomStream NewStream(int nodeId, ulong salt, ReplicaPath path) => new(StreamKey(nodeId, salt, path));

    private ulong StreamKey(int nodeId, ulong salt, ReplicaPath path)
    {
        ulong key = RandomStream.Mix(Seed, (ulong)SampleIndex);
        key = RandomStream.Mix(key, (ulong)nodeId);
        key = RandomStream.Mix(key, salt);
        return path.Fold(key);
    }

    /// <summary>Remembers the innermost feature an exception passed (exception filters run innermost first); never catches.</summary>
    private bool Note(Exception exception, Feature feature, ReplicaPath path)
    {
        if (!ReferenceEquals(LastFailure?.Exception, exception))
        {
            LastFailure = new EvaluationFailure(exception, feature, path);
        }

        return false;
    }

    /// <summary>Takes over the failure recorded by a child evaluator; never catches.</summary>
    private bool Adopt(EvaluationFailure failure)
    {
        LastFailure = failure;
        return false;
    }

    /// <summary>Starts computing <paramref name="entry"/>: values read from now on are its dependencies.</summary>
    /// <returns>The entry that was being computed before (restored by <see cref="Restore"/>).</returns>
    private CacheEntry? Begin(CacheEntry entry)
    {
        var previous = current;
        current = entry;
        entry.InProgress = true;
        entry.DrawsRandomness = false;
        return previous;
    }

    /// <summary>Ends the computation of <paramref name="entry"/>, whether it succeeded or threw.</summary>
    private void Restore(CacheEntry entry, CacheEntry? previous)
    {
        entry.InProgress = false;
        current = previous;
    }

    /// <summary>After a successful computation: marks the entry valid, remembers it if it drew randomness, and records it as a dependency of the entry that resumes.</summary>
    private void Complete(CacheEntry entry)
    {
        entry.Valid = true;
        if (entry.DrawsRandomness)
        {
            randomEntries.Add(entry);
        }

        Link(entry);
    }

    private void Link(CacheEntry entry)
    {
        if (current is not null)
        {
            entry.AddDependent(current);
        }
    }

    private void Invalidate(CacheEntry root)
    {
        invalidation.Push(root);
        while (invalidation.Count > 0)
        {
            var entry = invalidation.Pop();
            if (!entry.Valid && !ReferenceEquals(entry, root))
            {
                continue;
            }

            entry.Valid = false;
            if (entry.Dependents is { } dependents)
            {
                foreach (var dependent in dependents)
                {
                    if (dependent.Valid)
                    {
                        invalidation.Push(dependent);
                    }
                }

                entry.ClearDependents();
            }
        }
    }
}
