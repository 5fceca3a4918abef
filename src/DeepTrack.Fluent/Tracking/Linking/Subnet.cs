using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent.Tracking.Linking;

/// <summary>A connected part of the candidate graph between two frames: sources, destinations and the candidate links among them.</summary>
/// <param name="Sources">The sources (indices among the frame's sources), ascending.</param>
/// <param name="Destinations">The destinations (indices among the new frame's detections), ascending.</param>
/// <param name="Candidates">The candidate links, each source's sorted by distance.</param>
internal sealed record Subnet(int[] Sources, int[] Destinations, Candidate[] Candidates)
{
    /// <summary>Splits sources, destinations and candidates into connected subnets, ordered by their first destination (then source).</summary>
    public static List<Subnet> Split(IReadOnlyList<int> sources, IReadOnlyList<int> destinations, IReadOnlyList<Candidate> candidates)
    {
        // Union–find over sources (0..S−1) and destinations (S..S+D−1), by local index.
        var sourceIndex = new Dictionary<int, int>(sources.Count);
        var destinationIndex = new Dictionary<int, int>(destinations.Count);
        for (int i = 0; i < sources.Count; i++)
        {
            sourceIndex[sources[i]] = i;
        }

        for (int i = 0; i < destinations.Count; i++)
        {
            destinationIndex[destinations[i]] = sources.Count + i;
        }

        var parent = Enumerable.Range(0, sources.Count + destinations.Count).ToArray();
        foreach (var candidate in candidates)
        {
            int a = Find(parent, sourceIndex[candidate.Source]), b = Find(parent, destinationIndex[candidate.Destination]);
            if (a != b)
            {
                parent[System.Math.Max(a, b)] = System.Math.Min(a, b);
            }
        }

        var groups = new SortedDictionary<int, (List<int> Sources, List<int> Destinations, List<Candidate> Candidates)>();
        (List<int>, List<int>, List<Candidate>) GroupOf(int local)
        {
            int root = Find(parent, local);
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = ([], [], []);
            }

            return group;
        }

        for (int i = 0; i < sources.Count; i++)
        {
            GroupOf(i).Item1.Add(sources[i]);
        }

        for (int i = 0; i < destinations.Count; i++)
        {
            GroupOf(sources.Count + i).Item2.Add(destinations[i]);
        }

        foreach (var candidate in candidates)
        {
            GroupOf(sourceIndex[candidate.Source]).Item3.Add(candidate);
        }

        return [.. groups.Values
            .Select(g => new Subnet([.. g.Sources.Order()], [.. g.Destinations.Order()], [.. g.Candidates]))
            .OrderBy(s => s.Destinations.Length > 0 ? s.Destinations[0] : int.MaxValue)
            .ThenBy(s => s.Sources.Length > 0 ? s.Sources[0] : int.MaxValue)];
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
