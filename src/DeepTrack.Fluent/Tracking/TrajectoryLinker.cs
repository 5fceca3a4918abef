using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DeepTrack.Fluent.Tracking.Linking;

namespace DeepTrack.Fluent.Tracking;

/// <summary>
/// Links detections into trajectories frame by frame with the Crocker–Grier algorithm, as trackpy's <c>link</c> does:
/// a particle may move at most <see cref="SearchRange"/> between frames, may vanish for up to <see cref="Memory"/>
/// frames, and where several links are possible (a subnetwork) they are resolved by <see cref="Strategy"/>.
/// </summary>
/// <remarks>
/// <para>Frame by frame, every detection of the new frame takes as candidates the (at most
/// <see cref="MaxCandidates"/>) nearest sources within <see cref="SearchRange"/> (inclusive). Sources are the
/// previous frame's detections plus the particles in memory, at their last position. Candidates form connected
/// subnetworks; a subnetwork of one source and one detection is linked at once, a larger one is solved by
/// <see cref="Strategy"/>. A subnetwork with more than <see cref="MaxSubnetSize"/> sources is an error unless
/// <see cref="AdaptiveStop"/> is set: then its search range is multiplied by <see cref="AdaptiveStep"/>, it is split
/// with the shorter range and each part is solved again, until it is small enough or the range would fall to
/// <see cref="AdaptiveStop"/> or below (trackpy's adaptive search).</para>
/// <para>Frames are every frame number from the table's first to its last: a frame without detections is a frame
/// in which every particle vanished (it counts towards <see cref="Memory"/>), as in trackpy. Track ids start at 0:
/// the first frame's detections get 0, 1, … in table order, and each new track of a later frame the next id, in
/// table order.</para>
/// </remarks>
/// <param name="SearchRange">The largest distance a particle moves between frames, in the table's position unit (&gt; 0).</param>
public sealed record TrajectoryLinker(double SearchRange)
{
    /// <summary>The largest subnetwork solved without the adaptive search (trackpy: 30).</summary>
    public const int DefaultMaxSubnetSize = 30;

    /// <summary>The largest subnetwork solved when <see cref="AdaptiveStop"/> is set (trackpy: 15).</summary>
    public const int DefaultAdaptiveMaxSubnetSize = 15;

    /// <summary>The number of frames a particle may vanish for and still be linked when it reappears (≥ 0).</summary>
    public int Memory { get; init; }

    /// <summary>How ambiguous subnetworks are resolved.</summary>
    public LinkStrategy Strategy { get; init; } = LinkStrategy.Optimal;

    /// <summary>
    /// Enables the adaptive search: the search range below which an oversized subnetwork is an error (&gt; 0 and
    /// &lt; <see cref="SearchRange"/>), or null for no adaptive search.
    /// </summary>
    public double? AdaptiveStop { get; init; }

    /// <summary>The factor by which the adaptive search shrinks the range at each step (strictly between 0 and 1).</summary>
    public double AdaptiveStep { get; init; } = 0.95;

    /// <summary>
    /// The most sources a subnetwork may have before it is oversized; null for trackpy's defaults
    /// (<see cref="DefaultMaxSubnetSize"/>, or <see cref="DefaultAdaptiveMaxSubnetSize"/> with the adaptive search).
    /// </summary>
    public int? MaxSubnetSize { get; init; }

    /// <summary>The most candidate sources per detection: its nearest ones (trackpy: 10).</summary>
    public int MaxCandidates { get; init; } = 10;

    /// <summary>Links the detections into tracks.</summary>
    /// <param name="detections">The detections of every frame.</param>
    /// <returns>The detections with their track ids, in the table's order.</returns>
    /// <exception cref="SubnetOversizeException">A subnetwork is too large and the adaptive search, if enabled, could not split it.</exception>
    public TrackTable Link(DetectionTable detections)
    {
        ArgumentNullException.ThrowIfNull(detections);
        Validate();
        int maximumSize = MaxSubnetSize ?? (AdaptiveStop is null ? DefaultMaxSubnetSize : DefaultAdaptiveMaxSubnetSize);
        var particles = new int[detections.Count];
        if (detections.Count == 0)
        {
            return new TrackTable(detections, particles);
        }

        int nextId = 0;

        // Sources of the next frame: (row of the detection, frame it was last seen in); the previous frame's first.
        var active = new List<(int Row, int Frame)>();
        var memory = new List<(int Row, int Frame)>();
        int first = detections.Frames[0], last = detections.Frames[^1], level = 0;
        for (int frameNumber = first; frameNumber <= last; frameNumber++)
        {
            bool present = level < detections.Frames.Count && detections.Frames[level] == frameNumber;
            int start = present ? detections.StartOf(level++) : 0;
            var frame = detections.InFrame(frameNumber).ToArray();
            if (frameNumber == first)
            {
                for (int i = 0; i < frame.Length; i++)
                {
                    particles[start + i] = nextId++;
                    active.Add((start + i, frameNumber));
                }

                continue;
            }

            memory.RemoveAll(m => frameNumber - m.Frame - 1 > Memory);
            var sources = active.Concat(memory).ToArray();
            var solver = new SubnetSolver(this, maximumSize, frameNumber) { SourceOfDestination = new int[frame.Length] };
            Array.Fill(solver.SourceOfDestination, -1);
            solver.SolveAll(Enumerable.Range(0, sources.Length).ToArray(), Enumerable.Range(0, frame.Length).ToArray(), FindCandidates(detections, sources, frame), SearchRange);

            var linkedSources = new HashSet<int>();
            for (int i = 0; i < frame.Length; i++)
            {
                int source = solver.SourceOfDestination[i];
                particles[start + i] = source >= 0 ? particles[sources[source].Row] : nextId++;
                if (source >= 0)
                {
                    linkedSources.Add(source);
                }
            }

            // Unlinked sources are remembered (those already in memory keep the frame they were last seen in).
            memory = Memory > 0 ? [.. sources.Where((_, s) => !linkedSources.Contains(s))] : [];
            active = [.. Enumerable.Range(0, frame.Length).Select(i => (start + i, frameNumber))];
        }

        return new TrackTable(detections, particles);
    }

    private List<Candidate> FindCandidates(DetectionTable detections, (int Row, int Frame)[] sources, Detection[] frame)
    {
        var candidates = new List<Candidate>();
        if (sources.Length == 0 || frame.Length == 0)
        {
            return candidates;
        }

        var grid = new NeighborGrid(
            [.. sources.Select(s => detections[s.Row].X)],
            [.. sources.Select(s => detections[s.Row].Y)],
            SearchRange);
        var found = new List<(int Index, double Distance)>();
        for (int destination = 0; destination < frame.Length; destination++)
        {
            found.Clear();
            grid.Query(frame[destination].X, frame[destination].Y, SearchRange, found);
            foreach (var (index, distance) in found.OrderBy(f => f.Distance).ThenBy(f => f.Index).Take(MaxCandidates))
            {
                candidates.Add(new Candidate(index, destination, distance));
            }
        }

        return candidates;
    }

    private void Validate()
    {
        string Invalid(string property, object value, string requirement)
            => string.Create(CultureInfo.InvariantCulture, $"TrajectoryLinker.{property} = {value} is invalid: it {requirement}.");

        if (!(SearchRange > 0) || !double.IsFinite(SearchRange))
        {
            throw new ArgumentOutOfRangeException(nameof(SearchRange), SearchRange, Invalid(nameof(SearchRange), SearchRange, "must be finite and > 0"));
        }

        if (Memory < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Memory), Memory, Invalid(nameof(Memory), Memory, "must be ≥ 0"));
        }

        if (AdaptiveStop is double stop && !(stop > 0 && stop < SearchRange))
        {
            throw new ArgumentOutOfRangeException(nameof(AdaptiveStop), stop, Invalid(nameof(AdaptiveStop), stop, $"must be > 0 and < SearchRange ({SearchRange})"));
        }

        if (!(AdaptiveStep > 0 && AdaptiveStep < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(AdaptiveStep), AdaptiveStep, Invalid(nameof(AdaptiveStep), AdaptiveStep, "must be strictly between 0 and 1"));
        }

        if (MaxSubnetSize is int size && size < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSubnetSize), size, Invalid(nameof(MaxSubnetSize), size, "must be ≥ 1"));
        }

        if (MaxCandidates < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxCandidates), MaxCandidates, Invalid(nameof(MaxCandidates), MaxCandidates, "must be ≥ 1"));
        }

        if (!Enum.IsDefined(Strategy))
        {
            throw new ArgumentOutOfRangeException(nameof(Strategy), Strategy, Invalid(nameof(Strategy), Strategy, "must be a defined LinkStrategy"));
        }
    }
}
