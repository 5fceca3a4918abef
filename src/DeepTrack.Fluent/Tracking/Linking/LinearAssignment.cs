using System;

namespace DeepTrack.Fluent.Tracking.Linking;

/// <summary>
/// Minimum-cost assignment of every row of a rectangular cost matrix (rows ≤ columns) to a distinct column, by
/// shortest augmenting paths with potentials (the Hungarian method in its O(n²m) form). Written here because
/// neither the BCL nor the project's dependencies provide one; forbidden pairs cost +∞.
/// </summary>
internal static class LinearAssignment
{
    /// <summary>Solves the assignment problem.</summary>
    /// <param name="cost">Row-major costs, <paramref name="rows"/> × <paramref name="columns"/>; +∞ forbids a pair.</param>
    /// <param name="rows">Rows (≤ columns).</param>
    /// <param name="columns">Columns.</param>
    /// <returns>The column assigned to each row.</returns>
    public static int[] Solve(ReadOnlySpan<double> cost, int rows, int columns)
    {
        if (rows > columns || cost.Length != rows * columns)
        {
            throw new ArgumentException($"A {rows}×{columns} assignment needs rows ≤ columns and {rows * columns} costs.", nameof(cost));
        }

        // 1-based potentials and matching, as in the classical formulation: column 0 is the virtual start.
        var u = new double[rows + 1];
        var v = new double[columns + 1];
        var matchOfColumn = new int[columns + 1];
        var way = new int[columns + 1];
        var minimum = new double[columns + 1];
        var used = new bool[columns + 1];
        for (int row = 1; row <= rows; row++)
        {
            matchOfColumn[0] = row;
            int column0 = 0;
            Array.Fill(minimum, double.PositiveInfinity);
            Array.Clear(used);
            do
            {
                used[column0] = true;
                int row0 = matchOfColumn[column0];
                double delta = double.PositiveInfinity;
                int column1 = -1;
                for (int column = 1; column <= columns; column++)
                {
                    if (used[column])
                    {
                        continue;
                    }

                    double reduced = cost[((row0 - 1) * columns) + column - 1] - u[row0] - v[column];
                    if (reduced < minimum[column])
                    {
                        minimum[column] = reduced;
                        way[column] = column0;
                    }

                    if (minimum[column] < delta)
                    {
                        delta = minimum[column];
                        column1 = column;
                    }
                }

                if (column1 < 0)
                {
                    throw new InvalidOperationException("The assignment problem has no finite solution.");
                }

                for (int column = 0; column <= columns; column++)
                {
                    if (used[column])
                    {
                        u[matchOfColumn[column]] += delta;
                        v[column] -= delta;
                    }
                    else
                    {
                        minimum[column] -= delta;
                    }
                }

                column0 = column1;
            }
            while (matchOfColumn[column0] != 0);

            do
            {
                int column1 = way[column0];
                matchOfColumn[column0] = matchOfColumn[column1];
                column0 = column1;
            }
            while (column0 != 0);
        }

        var assignment = new int[rows];
        for (int column = 1; column <= columns; column++)
        {
            if (matchOfColumn[column] != 0)
            {
                assignment[matchOfColumn[column] - 1] = column - 1;
            }
        }

        return assignment;
    }
}
