using DeepTrack.Fluent.Tracking;

namespace DeepTrack.Fluent.Tests.Tracking;

/// <summary>Small linkings decidable by hand.</summary>
public class LinkerTests
{
    private static DetectionTable Table(params (int Frame, double X, double Y)[] rows)
        => new(rows.Select(r => new Detection(r.Frame, r.X, r.Y)));

    [Fact]
    public void Two_isolated_particles_keep_their_ids_in_table_order()
    {
        var table = Table((0, 0, 0), (0, 10, 0), (1, 0.5, 0.2), (1, 10.4, -0.3), (2, 1, 0.1), (2, 10.9, 0));
        var tracks = new TrajectoryLinker(2).Link(table);
        Assert.Equal([0, 1, 0, 1, 0, 1], tracks.Particles);
        Assert.Equal(2, tracks.Tracks.Count);
        Assert.Equal([0, 1, 2], tracks.Tracks[1].Detections.Select(d => d.Frame));
    }

    [Fact]
    public void The_optimal_strategy_minimises_the_summed_squared_displacement_where_greedy_does_not()
    {
        // Sources A (x = 0) and B (x = 2); destinations P (x = 1.2) and Q (x = 3.5); range 2.
        // Greedy takes B→P (0.8) first, leaving A unlinked (cost 2² = 4) and Q new: 0.64 + 4 = 4.64.
        // Optimal: A→P (1.2) and B→Q (1.5): 1.44 + 2.25 = 3.69.
        var table = Table((0, 0, 0), (0, 2, 0), (1, 1.2, 0), (1, 3.5, 0));
        Assert.Equal([0, 1, 0, 1], new TrajectoryLinker(2).Link(table).Particles);
        Assert.Equal([0, 1, 1, 2], new TrajectoryLinker(2) { Strategy = LinkStrategy.NearestNeighbor }.Link(table).Particles);
        Assert.Equal([0, 1, 2, 3], new TrajectoryLinker(2) { Strategy = LinkStrategy.Drop }.Link(table).Particles);
    }

    [Fact]
    public void Leaving_a_particle_unlinked_costs_the_squared_search_range()
    {
        // A (x = 0) and B (x = 1.9) compete for P (x = 1): A→P costs 1 + B unlinked 4 = 5; B→P costs 0.81 + 4 = 4.81.
        var table = Table((0, 0, 0), (0, 1.9, 0), (1, 1, 0));
        Assert.Equal([0, 1, 1], new TrajectoryLinker(2).Link(table).Particles);
    }

    [Fact]
    public void The_search_range_is_inclusive()
    {
        var table = Table((0, 0, 0), (1, 3, 4));
        Assert.Equal([0, 0], new TrajectoryLinker(5).Link(table).Particles);
        Assert.Equal([0, 1], new TrajectoryLinker(4.999).Link(table).Particles);
    }

    [Fact]
    public void Memory_bridges_gaps_of_at_most_that_many_frames()
    {
        // The particle is missing in frames 1 and 2 (a frame without detections is still a frame).
        var table = Table((0, 5, 5), (3, 5.5, 5), (4, 6, 5));
        Assert.Equal([0, 0, 0], new TrajectoryLinker(1) { Memory = 2 }.Link(table).Particles);
        Assert.Equal([0, 1, 1], new TrajectoryLinker(1) { Memory = 1 }.Link(table).Particles);
        Assert.Equal([0, 1, 1], new TrajectoryLinker(1).Link(table).Particles);
    }

    [Fact]
    public void A_remembered_particle_reappears_at_its_last_position_among_others()
    {
        // Particle 0 vanishes in frame 1 and comes back in frame 2; particle 1 is there throughout; a new one appears in frame 2.
        var table = Table((0, 0, 0), (0, 10, 0), (1, 10.2, 0), (2, 0.4, 0.3), (2, 10.4, 0), (2, 20, 0));
        Assert.Equal([0, 1, 1, 0, 1, 2], new TrajectoryLinker(1) { Memory = 1 }.Link(table).Particles);
    }

    [Fact]
    public void New_tracks_of_later_frames_take_the_next_ids_in_table_order()
    {
        var table = Table((0, 0, 0), (1, 50, 50), (1, 0.1, 0), (1, 20, 20));
        Assert.Equal([0, 1, 0, 2], new TrajectoryLinker(1).Link(table).Particles);
    }

    [Fact]
    public void The_adaptive_search_shrinks_the_range_until_an_oversized_chain_splits()
    {
        // 20 particles 1 px apart on a line all move 0.1 px right. With range 1.5 every source has candidates at
        // 0.1, 0.9 and 1.1 px, so the whole line is one subnet of 20 sources: more than MaxSubnetSize = 5.
        // Shrinking by 0.95 per step, the range falls below 0.9 after 11 steps (1.5·0.95¹¹ = 0.85), where every
        // particle is alone with its own displaced copy.
        var table = new DetectionTable(Enumerable.Range(0, 20).SelectMany(i => new[] { new Detection(0, i, 0), new Detection(1, i + 0.1, 0) }));
        var linker = new TrajectoryLinker(1.5) { MaxSubnetSize = 5 };

        var error = Assert.Throws<SubnetOversizeException>(() => linker.Link(table));
        Assert.Equal((1, 20), (error.Frame, error.Size));

        var tracks = (linker with { AdaptiveStop = 0.5 }).Link(table);
        Assert.All(tracks.Tracks, t => Assert.Equal(t.Detections[0].X + 0.1, t.Detections[1].X, 12));
        Assert.Equal(20, tracks.Tracks.Count);

        var stopped = Assert.Throws<SubnetOversizeException>(() => (linker with { AdaptiveStop = 0.95 }).Link(table));
        Assert.Contains("AdaptiveStop = 0.95", stopped.Message);
        Assert.True(stopped.SearchRange <= 0.95 && stopped.SearchRange > 0.95 * 0.95, $"stopped at {stopped.SearchRange}");
    }

    [Fact]
    public void A_particle_pruned_by_the_adaptive_search_is_remembered()
    {
        // The chain above plus particle A at x = 20.3, whose only candidate (19.1, 1.2 px away) is pruned once the range
        // shrinks below 1.2; A vanishes in frame 1 and is back at 20.3 in frame 2. With memory 1 it keeps its id, as in
        // trackpy (checked with trackpy 06dcfbf: link(…, 1.5, memory=1, adaptive_stop=0.5)).
        var rows = Enumerable.Range(0, 20).Select(i => new Detection(0, i, 0)).Append(new Detection(0, 20.3, 0))
            .Concat(Enumerable.Range(0, 20).Select(i => new Detection(1, i + 0.1, 0)))
            .Concat(Enumerable.Range(0, 20).Select(i => new Detection(2, i + 0.2, 0))).Append(new Detection(2, 20.3, 0));
        var tracks = new TrajectoryLinker(1.5) { Memory = 1, AdaptiveStop = 0.5 }.Link(new DetectionTable(rows));
        var a = tracks.Where(t => t.Detection.X == 20.3).ToArray();
        Assert.Equal(a[0].Particle, a[1].Particle);
        Assert.Equal(21, tracks.Tracks.Count);
        Assert.All(tracks.Tracks.Where(t => t.Particle != a[0].Particle), t => Assert.Equal(3, t.Count));
    }

    [Fact]
    public void A_subnet_within_the_size_limit_is_solved_exactly_without_adaptive_search()
    {
        var table = new DetectionTable(Enumerable.Range(0, 20).SelectMany(i => new[] { new Detection(0, i, 0), new Detection(1, i + 0.1, 0) }));
        var tracks = new TrajectoryLinker(1.5).Link(table);
        Assert.All(tracks.Tracks, t => Assert.Equal(t.Detections[0].X + 0.1, t.Detections[1].X, 12));
    }

    [Fact]
    public void Only_the_nearest_candidates_of_a_detection_are_considered()
    {
        // Sources S1 (x = 1) and S2 (x = −1.5); destinations D1 (x = 0) and D2 (x = 3); range 5.
        // All candidates: S2→D1 + S1→D2 = 2.25 + 4 beats S1→D1 + S2→D2 = 1 + 20.25.
        // One candidate per destination: both see only S1, the nearer; S1→D1 (1) beats S1→D2 (4), D2 starts a track.
        var table = Table((0, 1, 0), (0, -1.5, 0), (1, 0, 0), (1, 3, 0));
        Assert.Equal([0, 1, 1, 0], new TrajectoryLinker(5).Link(table).Particles);
        Assert.Equal([0, 1, 0, 2], new TrajectoryLinker(5) { MaxCandidates = 1 }.Link(table).Particles);
    }

    [Fact]
    public void Bad_settings_are_named_with_their_value()
    {
        var table = Table((0, 0, 0));
        Assert.Contains("SearchRange = 0 is invalid", Assert.Throws<ArgumentOutOfRangeException>(() => new TrajectoryLinker(0).Link(table)).Message);
        Assert.Contains("Memory = -1 is invalid", Assert.Throws<ArgumentOutOfRangeException>(() => new TrajectoryLinker(1) { Memory = -1 }.Link(table)).Message);
        Assert.Contains("AdaptiveStop = 2 is invalid", Assert.Throws<ArgumentOutOfRangeException>(() => new TrajectoryLinker(1) { AdaptiveStop = 2 }.Link(table)).Message);
        Assert.Contains("AdaptiveStep = 1 is invalid", Assert.Throws<ArgumentOutOfRangeException>(() => new TrajectoryLinker(1) { AdaptiveStep = 1 }.Link(table)).Message);
    }

    [Fact]
    public void An_empty_table_links_to_an_empty_track_table()
    {
        var tracks = new TrajectoryLinker(1).Link(new DetectionTable([]));
        Assert.Empty(tracks);
        Assert.Empty(tracks.Tracks);
    }
}
