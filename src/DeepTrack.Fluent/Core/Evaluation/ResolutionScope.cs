using System;
using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent;

/// <summary>The resolution of one feature's properties for one sample and replica.</summary>
internal sealed class ResolutionScope
{
    private readonly Evaluator evaluator;
    private readonly Feature template;
    private readonly ReplicaPath path;
    private readonly int nodeId;
    private readonly CacheEntry entry;
    private readonly List<string> inProgress = new(2);

    public ResolutionScope(Evaluator evaluator, Feature template, ReplicaPath path, int nodeId, CacheEntry entry)
    {
        this.evaluator = evaluator;
        this.template = template;
        this.path = path;
        this.nodeId = nodeId;
        this.entry = entry;
    }

    /// <summary>The replica being resolved.</summary>
    public ReplicaPath Path => path;

    /// <summary>The index of the sample being resolved.</summary>
    public long SampleIndex => evaluator.SampleIndex;

    /// <summary>The seeded stream for one property of this feature, sample and replica.</summary>
    /// <param name="property">The property's name.</param>
    /// <returns>The stream (valid until the next draw).</returns>
    public RandomStream RandomFor(string property)
    {
        entry.DrawsRandomness = true;
        return evaluator.SharedStream(nodeId, StableHash.Of(property), path);
    }

    /// <summary>Marks the resolution as different for every sample (a sampler was called).</summary>
    public void MarkVolatile() => entry.DrawsRandomness = true;

    /// <summary>The resolved copy of another feature for the same sample and replica.</summary>
    /// <typeparam name="TOther">The other feature's type.</typeparam>
    /// <param name="other">The other feature.</param>
    /// <returns>Its resolved copy.</returns>
    public TOther ResolveOther<TOther>(TOther other)
        where TOther : Feature
        => (TOther)evaluator.GetResolved(other, path.Truncate(evaluator.Graph.DepthOf(other)));

    /// <summary>The frame being resolved and the length of the enclosing sequence.</summary>
    /// <param name="property">The property asking (for the error message).</param>
    /// <returns>(frame, number of frames).</returns>
    public (int Frame, int Length) Frame(string property)
    {
        var (sequence, level) = evaluator.Graph.SequenceOf(template);
        if (sequence is null || level >= path.Depth)
        {
            throw new InvalidOperationException($"{template.Name}.{property} evolves over frames but {template.Name} is not inside a Sequence.");
        }

        var resolved = (ISequence)evaluator.GetResolved(sequence, path.Truncate(level));
        return (path[level], resolved.FrameCount);
    }

    /// <summary>This feature's resolved copy in the previous frame (same replica otherwise).</summary>
    /// <typeparam name="TSelf">The feature type.</typeparam>
    /// <returns>The resolved copy.</returns>
    public TSelf ResolveSelfInPreviousFrame<TSelf>()
        where TSelf : Feature
    {
        int level = evaluator.Graph.SequenceOf(template).Level;
        return (TSelf)evaluator.GetResolved(template, path.WithLevel(level, path[level] - 1));
    }

    public void Enter(string property) => inProgress.Add(property);

    public void Leave() => inProgress.RemoveAt(inProgress.Count - 1);

    public PropertyCycleException CycleError(string property)
    {
        int start = inProgress.IndexOf(property);
        var cycle = inProgress.Skip(start < 0 ? 0 : start).Append(property).ToArray();
        return new PropertyCycleException(template.Name, cycle);
    }
}
