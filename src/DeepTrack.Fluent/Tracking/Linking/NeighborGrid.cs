using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent.Tracking.Linking;

/// <summary>
/// Finds the points within a radius of a query point by bucketing them in square cells of that radius, so that a
/// query looks at 3 × 3 cells. Written here because the BCL has no spatial index, and a uniform grid is all that a
/// fixed search range needs (trackpy uses a k-d tree for the same query).
/// </summary>
internal sealed class NeighborGrid
{
    private readonly double cell;
    private readonly Dictionary<(long, long), List<int>> cells = [];
    private readonly double[] xs;
    private readonly double[] ys;

    public NeighborGrid(double[] xs, double[] ys, double radius)
    {
        this.xs = xs;
        this.ys = ys;
        cell = radius;
        for (int i = 0; i < xs.Length; i++)
        {
            var key = KeyOf(xs[i], ys[i]);
            if (!cells.TryGetValue(key, out var list))
            {
                cells[key] = list = [];
            }

            list.Add(i);
        }
    }

    /// <summary>Adds to <paramref name="found"/> every point within <paramref name="radius"/> (inclusive) of (x, y), with its distance.</summary>
    public void Query(double x, double y, double radius, List<(int Index, double Distance)> found)
    {
        var (cx, cy) = KeyOf(x, y);
        for (long dx = -1; dx <= 1; dx++)
        {
            for (long dy = -1; dy <= 1; dy++)
            {
                if (!cells.TryGetValue((cx + dx, cy + dy), out var list))
                {
                    continue;
                }

                foreach (int i in list)
                {
                    double distance = Math.Sqrt(((xs[i] - x) * (xs[i] - x)) + ((ys[i] - y) * (ys[i] - y)));
                    if (distance <= radius)
                    {
                        found.Add((i, distance));
                    }
                }
            }
        }
    }

    private (long, long) KeyOf(double x, double y) => ((long)Math.Floor(x / cell), (long)Math.Floor(y / cell));
}
