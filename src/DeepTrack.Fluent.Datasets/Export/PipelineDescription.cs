using System;
using System.Collections.Generic;
using System.Globalization;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>
/// A printout of a pipeline: its feature tree from the root, one line per feature, indented two spaces per level,
/// each line <c>[node] Feature { Property = rule, … }</c> with the node number of <see cref="Pipeline{TIn, TOut}.Features"/>.
/// A feature reached a second time (shared upstream of a combination) is printed as <c>[node] (above)</c>.
/// </summary>
public static class PipelineDescription
{
    /// <summary>Describes a pipeline.</summary>
    /// <typeparam name="TIn">The input type.</typeparam>
    /// <typeparam name="TOut">The output type.</typeparam>
    /// <param name="pipeline">The pipeline.</param>
    /// <returns>The lines.</returns>
    public static IReadOnlyList<string> Of<TIn, TOut>(Pipeline<TIn, TOut> pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var nodes = new Dictionary<Feature, int>();
        for (int i = 0; i < pipeline.Features.Count; i++)
        {
            nodes[pipeline.Features[i]] = i;
        }

        var lines = new List<string>();
        var printed = new HashSet<Feature>();
        Print(pipeline.Root, 0, nodes, printed, lines);
        return lines;
    }

    private static void Print(Feature feature, int depth, Dictionary<Feature, int> nodes, HashSet<Feature> printed, List<string> lines)
    {
        string node = nodes.TryGetValue(feature, out int n) ? n.ToString(CultureInfo.InvariantCulture) : "?";
        string indent = new(' ', 2 * depth);
        if (!printed.Add(feature))
        {
            lines.Add($"{indent}[{node}] (above)");
            return;
        }

        // One line per feature: a rule that prints over several lines is joined.
        lines.Add($"{indent}[{node}] {feature.ToString().ReplaceLineEndings(" ")}");
        foreach (var child in feature.Children)
        {
            Print(child, depth + 1, nodes, printed, lines);
        }
    }
}
