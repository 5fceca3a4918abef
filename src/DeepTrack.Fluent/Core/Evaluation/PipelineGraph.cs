using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>
/// The nodes of a pipeline, numbered once when the pipeline is built: a depth-first, post-order walk of
/// the structural children, then of the features that property rules read. The numbers key the random
/// streams, so the same pipeline built the same way draws the same values in every process.
/// </summary>
internal sealed class PipelineGraph
{
    private readonly Dictionary<Feature, int> ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Feature, int> depths = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Feature, (Feature? Sequence, int Level)> sequences = new(ReferenceEqualityComparer.Instance);
    private readonly List<Feature> nodes = [];

    public PipelineGraph(Feature root)
    {
        var pendingReferences = new List<(Feature Feature, int Depth, (Feature?, int) Sequence)>();
        var bindings = new List<IBinding>();
        Walk(root, 0, (null, -1), pendingReferences, bindings);

        // Features reached only through property rules sit at the depth of the first feature that reads them;
        // replacements of a Bind take the identity of the feature they replace.
        int nextReference = 0, nextBinding = 0;
        while (nextReference < pendingReferences.Count || nextBinding < bindings.Count)
        {
            for (; nextReference < pendingReferences.Count; nextReference++)
            {
                var (feature, depth, sequence) = pendingReferences[nextReference];
                Walk(feature, depth, sequence, pendingReferences, bindings);
            }

            for (; nextBinding < bindings.Count; nextBinding++)
            {
                Alias(bindings[nextBinding], pendingReferences, bindings);
            }
        }
    }

    /// <summary>The number of distinct nodes.</summary>
    public int Count => nodes.Count;

    /// <summary>All nodes in numbering order.</summary>
    public IReadOnlyList<Feature> Nodes => nodes;

    /// <summary>The node number of a feature of this pipeline.</summary>
    /// <param name="feature">The feature.</param>
    /// <returns>Its number.</returns>
    public int IdOf(Feature feature)
        => ids.TryGetValue(feature, out int id)
            ? id
            : throw new InvalidOperationException(
                $"{feature.Name} is evaluated but is not part of the pipeline. Features read inside a lambda must be passed to the " +
                "With…(other, o => …) overloads so that the pipeline knows them.");

    /// <summary>Whether <paramref name="feature"/> is a node of this pipeline.</summary>
    /// <param name="feature">The feature.</param>
    /// <returns>True if it has a node number.</returns>
    public bool Contains(Feature feature) => ids.ContainsKey(feature);

    /// <summary>How many repeats deep the feature sits.</summary>
    /// <param name="feature">The feature.</param>
    /// <returns>The depth.</returns>
    public int DepthOf(Feature feature) => depths.TryGetValue(feature, out int depth) ? depth : 0;

    /// <summary>The innermost sequence around the feature and the replica level of its frame index (null, −1 if none).</summary>
    /// <param name="feature">The feature.</param>
    /// <returns>The sequence and the level.</returns>
    public (Feature? Sequence, int Level) SequenceOf(Feature feature) => sequences.TryGetValue(feature, out var sequence) ? sequence : (null, -1);

    private void Alias(IBinding binding, List<(Feature, int, (Feature?, int))> pendingReferences, List<IBinding> bindings)
    {
        Feature target = binding.Target, replacement = binding.Replacement;
        if (ids.ContainsKey(replacement))
        {
            return;
        }

        if (!ids.TryGetValue(target, out int id))
        {
            throw new InvalidOperationException($"Bind replaces {target.Name}, which is not part of the feature it is bound to.");
        }

        int depth = depths[target];
        var sequence = SequenceOf(target);
        ids[replacement] = id;
        depths[replacement] = depth;
        sequences[replacement] = sequence;
        foreach (var child in replacement.Children)
        {
            Walk(child, depth + ChildDepthIncrement(replacement), ChildSequence(replacement, depth, sequence), pendingReferences, bindings);
        }

        foreach (var reference in replacement.GetPropertyReferences())
        {
            pendingReferences.Add((reference, depth, sequence));
        }
    }

    private void Walk(Feature feature, int depth, (Feature?, int) sequence, List<(Feature, int, (Feature?, int))> pendingReferences, List<IBinding> bindings)
    {
        // Post-order: a feature is numbered after everything it evaluates, so appending features downstream
        // (or combining a pipeline with another) leaves the numbers, and so the draws, of the upstream part unchanged.
        if (ids.ContainsKey(feature) || depths.ContainsKey(feature))
        {
            return;
        }

        var stack = new Stack<(Feature Feature, int Depth, bool Expanded)>();
        stack.Push((feature, depth, false));
        depths[feature] = depth;
        sequences[feature] = sequence;
        while (stack.Count > 0)
        {
            var (current, currentDepth, expanded) = stack.Pop();
            if (expanded)
            {
                ids[current] = nodes.Count;
                nodes.Add(current);
                if (current is IBinding binding)
                {
                    bindings.Add(binding);
                }

                foreach (var reference in current.GetPropertyReferences())
                {
                    pendingReferences.Add((reference, currentDepth, sequences[current]));
                }

                continue;
            }

            stack.Push((current, currentDepth, true));
            int childDepth = currentDepth + ChildDepthIncrement(current);
            var childSequence = ChildSequence(current, currentDepth, sequences[current]);
            var children = current.Children;
            for (int i = children.Count - 1; i >= 0; i--)
            {
                if (!depths.ContainsKey(children[i]))
                {
                    depths[children[i]] = childDepth;
                    sequences[children[i]] = childSequence;
                    stack.Push((children[i], childDepth, false));
                }
            }
        }
    }

    private static (Feature?, int) ChildSequence(Feature feature, int depth, (Feature?, int) inherited)
        => feature is ISequence ? (feature, depth) : inherited;

    private static int ChildDepthIncrement(Feature feature) => feature is IReplicating ? 1 : 0;
}
