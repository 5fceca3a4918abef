using System;
using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// The optimal one-to-one matching of detections to true positions within a radius: as many pairs as possible, and among
/// those matchings the one with the smallest sum of squared distances. Points that no other point lies within the radius
/// of are unmatched at once; the rest fall into independent clusters (points linked by distances within the radius),
/// each solved exactly by the Hungarian algorithm.
/// </summary>
/// <remarks>
/// Written here because no maintained .NET package for the assignment problem is available to this project; the
/// algorithm is the O(n³) shortest-augmenting-path form of Kuhn–Munkres with dual potentials.
/// </remarks>
internal static class DetectionMatching
{
    /// <summary>The matched pairs (index into <paramref name="predicted"/>, index into <paramref name="truth"/>), ordered by detection.</summary>
    public static List<(int Predicted, int Truth)> Match(IReadOnlyList<PixelPosition> predicted, IReadOnlyList<PixelPosition> truth, double radius)
    {
        double limit = radius * radius;
        var clusters = Clusters(predicted, truth, limit);
        var pairs = new List<(int, int)>();
        foreach (var (detections, particles) in clusters)
        {
            pairs.AddRange(Solve(predicted, truth, detections, particles, limit));
        }

        pairs.Sort();
        return pairs;
    }

    /// <summary>Groups detections and true positions that are linked by chains of distances within the radius.</summary>
    private static List<(List<int> Detections, List<int> Particles)> Clusters(IReadOnlyList<PixelPosition> predicted, IReadOnlyList<PixelPosition> truth, double limit)
    {
        int n = predicted.Count;
        var parent = Enumerable.Range(0, n + truth.Count).ToArray();
        var linked = new bool[n + truth.Count];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < truth.Count; j++)
            {
                if (SquaredDistance(predicted[i], truth[j]) <= limit)
                {
                    parent[Root(parent, i)] = Root(parent, n + j);
                    linked[i] = linked[n + j] = true;
                }
            }
        }

        var byRoot = new Dictionary<int, (List<int>, List<int>)>();
        for (int k = 0; k < parent.Length; k++)
        {
            if (!linked[k])
            {
                continue;
            }

            int root = Root(parent, k);
            if (!byRoot.TryGetValue(root, out var cluster))
            {
                byRoot[root] = cluster = ([], []);
            }

            (k < n ? cluster.Item1 : cluster.Item2).Add(k < n ? k : k - n);
        }

        return [.. byRoot.Values];
    }

    private static int Root(int[] parent, int k)
    {
        while (parent[k] != k)
        {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }

        return k;
    }

    /// <summary>
    /// One cluster as a square assignment problem of size p + t: detection i to particle j costs d² (forbidden beyond the
    /// radius), detection i to its own "unmatched" column and particle j to its own "unmatched" row cost <c>miss</c>, and the
    /// unmatched rows and columns pair up for free. <c>miss</c> exceeds any possible sum of squared distances, so the
    /// cheapest assignment has the most pairs first and the smallest squared distances second.
    /// </summary>
    private static IEnumerable<(int, int)> Solve(IReadOnlyList<PixelPosition> predicted, IReadOnlyList<PixelPosition> truth, List<int> detections, List<int> particles, double limit)
    {
        int p = detections.Count, t = particles.Count, size = p + t;
        double miss = limit * (size + 1) + 1;
        double forbidden = miss * 2 * (size + 1);
        var cost = new double[size, size];
        for (int i = 0; i < size; i++)
        {
            for (int j = 0; j < size; j++)
            {
                cost[i, j] = (i < p, j < t) switch
                {
                    (true, true) => SquaredDistance(predicted[detections[i]], truth[particles[j]]) is var d2 && d2 <= limit ? d2 : forbidden,
                    (true, false) => j - t == i ? miss : forbidden,
                    (false, true) => i - p == j ? miss : forbidden,
                    _ => 0,
                };
            }
        }

        int[] column = Assign(cost, size);
        for (int i = 0; i < p; i++)
        {
            if (column[i] < t)
            {
                yield return (detections[i], particles[column[i]]);
            }
        }
    }

    /// <summary>The minimum-cost perfect assignment of a square matrix: for each row, its column.</summary>
    private static int[] Assign(double[,] cost, int n)
    {
        // Potentials u (rows) and v (columns), 1-based with a virtual row 0; match[j] is the row assigned to column j.
        var u = new double[n + 1];
        var v = new double[n + 1];
        var match = new int[n + 1];
        var way = new int[n + 1];
        for (int row = 1; row <= n; row++)
        {
            match[0] = row;
            int j0 = 0;
            var minimum = new double[n + 1];
            var used = new bool[n + 1];
            Array.Fill(minimum, double.PositiveInfinity);
            do
            {
                used[j0] = true;
                int i0 = match[j0], j1 = 0;
                double delta = double.PositiveInfinity;
                for (int j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    double reduced = cost[i0 - 1, j - 1] - u[i0] - v[j];
                    if (reduced < minimum[j])
                    {
                        minimum[j] = reduced;
                        way[j] = j0;
                    }

                    if (minimum[j] < delta)
                    {
                        delta = minimum[j];
                        j1 = j;
                    }
                }

                for (int j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minimum[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (match[j0] != 0);

            do
            {
                int j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var columnOfRow = new int[n];
        for (int j = 1; j <= n; j++)
        {
            columnOfRow[match[j] - 1] = j - 1;
        }

        return columnOfRow;
    }

    public static double SquaredDistance(PixelPosition a, PixelPosition b)
    {
        double dr = a.Row - b.Row, dc = a.Column - b.Column;
        return dr * dr + dc * dc;
    }
}
