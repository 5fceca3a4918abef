using DeepTrack.Fluent.Tracking;

namespace DeepTrack.Fluent.Tests.Tracking;

public class DetectionTableTests
{
    [Fact]
    public void Rows_are_sorted_by_frame_keeping_their_order_within_a_frame()
    {
        var table = new DetectionTable([new Detection(2, 0, 0), new Detection(0, 1, 0), new Detection(2, 2, 0), new Detection(0, 3, 0)]);
        Assert.Equal([1.0, 3, 0, 2], table.Select(d => d.X));
        Assert.Equal([0, 2], table.Frames);
        Assert.Equal([0.0, 2], table.InFrame(2).ToArray().Select(d => d.X));
        Assert.True(table.InFrame(1).IsEmpty);
    }

    [Fact]
    public void Positions_follow_trackpys_x_column_y_row_convention()
    {
        var detection = Detection.At(4, new PixelPosition(Row: 10, Column: 3));
        Assert.Equal((3.0, 10.0), (detection.X, detection.Y));
        Assert.Equal(new PixelPosition(10, 3), detection.ToPixelPosition());
    }

    [Fact]
    public void Inconsistent_properties_and_reserved_names_are_explained()
    {
        var mass = new Dictionary<string, double> { ["mass"] = 1 };
        var error = Assert.Throws<ArgumentException>(() => new DetectionTable([new Detection(0, 0, 0, mass), new Detection(0, 1, 1)]));
        Assert.Contains("Every detection must carry the same properties", error.Message);
        Assert.Contains("'particle' cannot be a property name", Assert.Throws<ArgumentException>(() => new Detection(0, 0, 0, new Dictionary<string, double> { ["particle"] = 1 })).Message);
        Assert.Contains("must be finite", Assert.Throws<ArgumentException>(() => new Detection(0, double.NaN, 0)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Detection(-1, 0, 0));
        Assert.Contains("no detection has that property", Assert.Throws<ArgumentException>(() => new DetectionTable([new Detection(0, 0, 0, mass)], "px", new Dictionary<string, string> { ["size"] = "px" })).Message);
        Assert.Contains("has no property 'size'", Assert.Throws<KeyNotFoundException>(() => new Detection(0, 0, 0, mass)["size"]).Message);
    }

    [Fact]
    public void Track_tables_group_rows_by_id_and_drop_stubs()
    {
        var tracks = TrackTable.FromRows([new(new Detection(1, 5, 5), 3), new(new Detection(0, 0, 0), 3), new(new Detection(0, 9, 9), 8)], "µm");
        Assert.Equal([3, 8], tracks.Tracks.Select(t => t.Particle));
        Assert.Equal([0, 1], tracks.Tracks[0].Detections.Select(d => d.Frame));
        Assert.True(tracks.Tracks[0].TryGet(1, out var found) && found.X == 5);
        Assert.False(tracks.Tracks[0].TryGet(2, out _));
        var kept = tracks.WithoutStubs(2);
        Assert.Equal([3], kept.Tracks.Select(t => t.Particle));
        Assert.Equal("µm", kept.PositionUnit);
        Assert.Contains("Track ids must be ≥ 0", Assert.Throws<ArgumentException>(() => new TrackTable(new DetectionTable([new Detection(0, 0, 0)]), [-1])).Message);
    }
}
