using System.Text.Json;
using DeepTrack.Fluent.Testing;
using DeepTrack.Fluent.Tracking;

namespace DeepTrack.Fluent.Tests.Tracking;

/// <summary>
/// The linker against trackpy's own output on the same detections (tests/reference/trackpy, made by trackpy's
/// <c>link</c> with the 'recursive' or 'drop' strategy): the same detections must end up in the same tracks.
/// </summary>
public class TrackpyReferenceTests
{
    [Theory]
    [InlineData("walk_sparse")]
    [InlineData("walk_dense")]
    [InlineData("walk_memory")]
    [InlineData("walk_adaptive")]
    [InlineData("walk_drop")]
    public void Links_the_same_tracks_as_trackpy(string name)
    {
        var reference = Load(name);
        var linked = reference.Linker.Link(reference.Detections);

        // Track ids are labels: compare the partition of detections into tracks, with ids renamed by first appearance.
        Assert.Equal(Canonical(reference.Particles), Canonical(linked.Particles));
    }

    [Fact]
    public void The_comparison_is_sensitive_greedy_links_and_no_adaptive_search_differ_from_trackpy()
    {
        var dense = Load("walk_dense");
        var greedy = (dense.Linker with { Strategy = LinkStrategy.NearestNeighbor }).Link(dense.Detections);
        Assert.NotEqual(Canonical(dense.Particles), Canonical(greedy.Particles));

        var adaptive = Load("walk_adaptive");
        var error = Assert.Throws<SubnetOversizeException>(() => (adaptive.Linker with { AdaptiveStop = null }).Link(adaptive.Detections));
        Assert.Contains("set AdaptiveStop", error.Message);
        Assert.True(error.Size > TrajectoryLinker.DefaultMaxSubnetSize, $"oversized subnet of {error.Size}");
    }

    internal static int[] Canonical(IReadOnlyList<int> ids)
    {
        var names = new Dictionary<int, int>();
        return [.. ids.Select(id => names.TryGetValue(id, out int name) ? name : names[id] = names.Count)];
    }

    internal static (DetectionTable Detections, TrajectoryLinker Linker, int[] Particles, int[] Truth) Load(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("tests", "reference", "trackpy", name + ".json")));
        var root = json.RootElement;
        int[] frames = [.. root.GetProperty("frame").EnumerateArray().Select(e => e.GetInt32())];
        double[] xs = [.. root.GetProperty("x").EnumerateArray().Select(e => e.GetDouble())];
        double[] ys = [.. root.GetProperty("y").EnumerateArray().Select(e => e.GetDouble())];
        var parameters = root.GetProperty("params");
        double? Optional(string key) => parameters.TryGetProperty(key, out var value) ? value.GetDouble() : null;
        var linker = new TrajectoryLinker(parameters.GetProperty("search_range").GetDouble())
        {
            Memory = parameters.TryGetProperty("memory", out var memory) ? memory.GetInt32() : 0,
            AdaptiveStop = Optional("adaptive_stop"),
            AdaptiveStep = Optional("adaptive_step") ?? 0.95,
            Strategy = parameters.GetProperty("link_strategy").GetString() == "drop" ? LinkStrategy.Drop : LinkStrategy.Optimal,
        };
        var detections = new DetectionTable(frames.Select((f, i) => new Detection(f, xs[i], ys[i])));
        return (detections, linker, [.. root.GetProperty("particle").EnumerateArray().Select(e => e.GetInt32())],
            [.. root.GetProperty("truth").EnumerateArray().Select(e => e.GetInt32())]);
    }
}
