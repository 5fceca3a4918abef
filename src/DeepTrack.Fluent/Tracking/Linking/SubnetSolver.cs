using System;
using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent.Tracking.Linking;

/// <summary>
/// Resolves the subnets between two frames: the trivial ones directly, the others with the linker's strategy, and
/// oversized ones by the adaptive search (the search range multiplied by the adaptive step, the subnet split with the
/// shorter range, each part solved again), as trackpy does.
/// </summary>
internal sealed class SubnetSolver
{
    private readonly TrajectoryLinker linker;
    private readonly int maximumSize;
    private readonly int frame;

    public SubnetSolver(TrajectoryLinker linker, int maximumSize, int frame)
    {
        this.linker = linker;
        this.maximumSize = maximumSize;
        this.frame = frame;
    }

    /// <summary>Destination → source linked to it (−1: a new track).</summary>
    public required int[] SourceOfDestination { get; init; }

    /// <summary>Sources left unlinked.</summary>
    public List<int> Lost { get; } = [];

    /// <summary>Solves every subnet of the given sources, destinations and candidates.</summary>
    public void SolveAll(IReadOnlyList<int> sources, IReadOnlyList<int> destinations, IReadOnlyList<Candidate> candidates, double range)
    {
        foreach (var subnet in Subnet.Split(sources, destinations, candidates))
        {
            Solve(subnet, range);
        }
    }

    private void Solve(Subnet subnet, double range)
    {
        var (sources, destinations) = (subnet.Sources, subnet.Destinations);
        if (destinations.Length == 0)
        {
            Lost.AddRange(sources);
            return;
        }

        if (sources.Length == 0)
        {
            return;
        }

        if (sources.Length == 1 && destinations.Length == 1)
        {
            SourceOfDestination[destinations[0]] = sources[0];
            return;
        }

        if (sources.Length > maximumSize)
        {
            double shorter = range * linker.AdaptiveStep;
            if (linker.AdaptiveStop is not double stop || range <= stop)
            {
                throw new SubnetOversizeException(frame, sources.Length, maximumSize, range, linker.AdaptiveStop);
            }

            SolveAll(sources, destinations, [.. subnet.Candidates.Where(c => c.Distance <= shorter)], shorter);
            return;
        }

        switch (linker.Strategy)
        {
            case LinkStrategy.Optimal:
                SolveOptimal(subnet, range);
                break;
            case LinkStrategy.NearestNeighbor:
                SolveGreedy(subnet);
                break;
            default:
                Lost.AddRange(sources);
                break;
        }
    }

    /// <summary>
    /// Minimises Σ d² over links plus range² per unlinked source: a sources × (destinations + sources) assignment in
    /// which source i's own extra column is "unlinked".
    /// </summary>
    private void SolveOptimal(Subnet subnet, double range)
    {
        var (sources, destinations) = (subnet.Sources, subnet.Destinations);
        int rows = sources.Length, columns = destinations.Length + sources.Length;
        var cost = new double[rows * columns];
        Array.Fill(cost, double.PositiveInfinity);
        for (int i = 0; i < rows; i++)
        {
            cost[(i * columns) + destinations.Length + i] = range * range;
        }

        foreach (var candidate in subnet.Candidates)
        {
            int row = Array.BinarySearch(sources, candidate.Source), column = Array.BinarySearch(destinations, candidate.Destination);
            cost[(row * columns) + column] = candidate.Distance * candidate.Distance;
        }

        int[] assignment = LinearAssignment.Solve(cost, rows, columns);
        for (int i = 0; i < rows; i++)
        {
            if (assignment[i] < destinations.Length)
            {
                SourceOfDestination[destinations[assignment[i]]] = sources[i];
            }
            else
            {
                Lost.Add(sources[i]);
            }
        }
    }

    private void SolveGreedy(Subnet subnet)
    {
        var taken = new HashSet<int>();
        var linked = new HashSet<int>();
        foreach (var candidate in subnet.Candidates.OrderBy(c => c.Distance).ThenBy(c => c.Source).ThenBy(c => c.Destination))
        {
            if (!linked.Contains(candidate.Source) && !taken.Contains(candidate.Destination))
            {
                SourceOfDestination[candidate.Destination] = candidate.Source;
                linked.Add(candidate.Source);
                taken.Add(candidate.Destination);
            }
        }

        Lost.AddRange(subnet.Sources.Where(s => !linked.Contains(s)));
    }
}
