using DeepTrack.Fluent.Tracking;

namespace DeepTrack.Fluent.IO.Tests;

/// <summary>Detection and track tables written as CSV and Parquet read back identical, with their units; foreign and broken files are handled.</summary>
public class TableTests
{
    private static readonly Dictionary<string, string> Units = new() { ["mass"] = "counts", ["ecc"] = "" };

    private static TrackTable Sample()
        => TrackTable.FromRows(
            [
                new(new Detection(0, 1.5, 2.25, new Dictionary<string, double> { ["mass"] = 100, ["ecc"] = 0.1 }), 0),
                new(new Detection(0, Math.PI, -1e-300, new Dictionary<string, double> { ["mass"] = double.NaN, ["ecc"] = double.PositiveInfinity }), 1),
                new(new Detection(1, 1.6000000000000001, 2.3, new Dictionary<string, double> { ["mass"] = 1e17 + 8, ["ecc"] = -0.0 }), 0),
                new(new Detection(3, 0.1 + 0.2, 1e6, new Dictionary<string, double> { ["mass"] = double.NegativeInfinity, ["ecc"] = 5e-324 }), 1),
            ],
            "µm",
            Units);

    private static void SameTables(TrackTable expected, TrackTable actual)
    {
        Assert.Equal(expected.PositionUnit, actual.PositionUnit);
        Assert.Equal(expected.Detections.PropertyNames, actual.Detections.PropertyNames);
        Assert.Equal(expected.Detections.PropertyUnits.OrderBy(u => u.Key), actual.Detections.PropertyUnits.OrderBy(u => u.Key));
        Assert.Equal(expected.Particles, actual.Particles);
        for (int i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i].Detection, actual[i].Detection);
            Assert.Equal((e.Frame, BitConverter.DoubleToInt64Bits(e.X), BitConverter.DoubleToInt64Bits(e.Y)), (a.Frame, BitConverter.DoubleToInt64Bits(a.X), BitConverter.DoubleToInt64Bits(a.Y)));
            foreach (string name in expected.Detections.PropertyNames)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(e[name]), BitConverter.DoubleToInt64Bits(a[name]));
            }
        }
    }

    [Fact]
    public void Tracks_and_detections_round_trip_bit_for_bit_through_csv_and_parquet()
    {
        using var folder = new TempDirectory();
        var tracks = Sample();
        CsvTable.Write(folder.File("t.csv"), tracks);
        ParquetTable.Write(folder.File("t.parquet"), tracks);
        SameTables(tracks, CsvTable.ReadTracks(folder.File("t.csv")));
        SameTables(tracks, ParquetTable.ReadTracks(folder.File("t.parquet")));

        CsvTable.Write(folder.File("d.csv"), tracks.Detections);
        ParquetTable.Write(folder.File("d.parquet"), tracks.Detections);
        var detections = new TrackTable(CsvTable.ReadDetections(folder.File("d.csv")), tracks.Particles);
        SameTables(tracks, detections);
        SameTables(tracks, new TrackTable(ParquetTable.ReadDetections(folder.File("d.parquet")), tracks.Particles));

        // A track file read as detections drops the particle column.
        Assert.Equal(4, CsvTable.ReadDetections(folder.File("t.csv")).Count);
        Assert.Contains("no 'particle' column", Assert.Throws<ImageFileException>(() => CsvTable.ReadTracks(folder.File("d.csv"))).Message);
        Assert.Contains("no 'particle' column", Assert.Throws<ImageFileException>(() => ParquetTable.ReadTracks(folder.File("d.parquet"))).Message);
    }

    [Fact]
    public void The_csv_is_plain_with_trackpys_columns_and_the_units_in_a_json_file_beside_it()
    {
        using var folder = new TempDirectory();
        CsvTable.Write(folder.File("t.csv"), Sample());
        string[] lines = File.ReadAllLines(folder.File("t.csv"));
        Assert.Equal("frame,particle,x,y,ecc,mass", lines[0]);
        Assert.Equal("0,0,1.5,2.25,0.1,100", lines[1]);
        Assert.Equal("0,1,3.141592653589793,-1E-300,Infinity,NaN", lines[2]);
        Assert.Equal(5, lines.Length);

        Assert.Equal(folder.File("t.units.json"), CsvTable.UnitsPath(folder.File("t.csv")));
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(folder.File("t.units.json")))!;
        Assert.Equal("t.csv", (string)json["table"]!);
        Assert.Equal("µm", (string)json["units"]!["x"]!);
        Assert.Equal("counts", (string)json["units"]!["mass"]!);
        Assert.Equal("", (string)json["units"]!["ecc"]!);
        Assert.Contains("\"µm\"", File.ReadAllText(folder.File("t.units.json")), StringComparison.Ordinal); // readable, not \u00B5m

        // Without the units file the table still reads, in pixels.
        File.Delete(folder.File("t.units.json"));
        Assert.Equal("px", CsvTable.ReadTracks(folder.File("t.csv")).PositionUnit);
    }

    [Fact]
    public void A_units_comment_line_is_read_when_there_is_no_units_file_and_a_broken_units_file_is_named()
    {
        using var folder = new TempDirectory();
        string path = folder.File("old.csv");
        File.WriteAllText(path, "# units: x=µm, y=µm, mass=counts\nframe,particle,x,y,mass\n0,0,1,2,3\n");
        var tracks = CsvTable.ReadTracks(path);
        Assert.Equal("µm", tracks.PositionUnit);
        Assert.Equal("counts", tracks.Detections.PropertyUnits["mass"]);

        File.WriteAllText(CsvTable.UnitsPath(path), "{\"units\": {\"x\": \"nm\", \"y\": \"nm\"}}");
        Assert.Equal("nm", CsvTable.ReadTracks(path).PositionUnit);
        File.WriteAllText(CsvTable.UnitsPath(path), "{\"units\": [");
        var error = Assert.Throws<ImageFileException>(() => CsvTable.ReadTracks(path));
        Assert.Equal(CsvTable.UnitsPath(path), error.FilePath);
        Assert.Contains("is not valid JSON", error.Reason);
    }

    [Fact]
    public void Empty_tables_keep_their_columns()
    {
        using var folder = new TempDirectory();
        var empty = new TrackTable(new DetectionTable([], "px", new Dictionary<string, string> { ["mass"] = "counts" }), []);
        CsvTable.Write(folder.File("e.csv"), empty);
        ParquetTable.Write(folder.File("e.parquet"), empty);
        foreach (var read in new[] { CsvTable.ReadTracks(folder.File("e.csv")), ParquetTable.ReadTracks(folder.File("e.parquet")) })
        {
            Assert.Empty(read);
            Assert.Equal(["mass"], read.Detections.PropertyNames);
            Assert.Equal("counts", read.Detections.PropertyUnits["mass"]);
        }
    }

    [Fact]
    public void Reads_a_csv_as_pandas_writes_trackpys_output()
    {
        using var folder = new TempDirectory();
        string path = folder.File("pandas.csv");
        File.WriteAllText(path, ",y,x,mass,size,frame,particle\n0,10.5,3.25,120.0,1.5,0,0\n1,4.0,8.0,99.5,1.25,0,1\n2,10.75,3.5,118.0,1.5,1,0\n");
        var tracks = CsvTable.ReadTracks(path);
        Assert.Equal("px", tracks.PositionUnit);
        Assert.Equal(["mass", "size"], tracks.Detections.PropertyNames);
        Assert.Equal([0, 1, 0], tracks.Particles);
        Assert.Equal((3.5, 10.75, 118.0), (tracks[2].Detection.X, tracks[2].Detection.Y, tracks[2].Detection["mass"]));
        Assert.Equal(2, tracks.Tracks[0].Count);
    }

    [Fact]
    public void Broken_tables_name_the_file_and_the_fault()
    {
        using var folder = new TempDirectory();
        void Broken(string content, string expected)
        {
            string path = folder.File("broken.csv");
            File.WriteAllText(path, content);
            var error = Assert.Throws<ImageFileException>(() => CsvTable.ReadTracks(path));
            Assert.Equal(path, error.FilePath);
            Assert.Contains(expected, error.Reason);
        }

        Broken("frame,particle,x\n0,0,1\n", "no 'y' column");
        Broken("frame,particle,x,y\n0,0,1,abc\n", "line 2, column 'y': 'abc' is not a number");
        Broken("frame,particle,x,y\n0.5,0,1,2\n", "line 2, column 'frame': '0.5' is not a non-negative integer");
        Broken("frame,particle,x,y\n0,0,1\n", "line 2 has 3 fields but the header has 4");
        Broken("frame,particle,x,y\n0,0,1,2\n0,0,3,4\n", "Track 0 has two detections in frame 0");
        Broken("frame,particle,x,y,\"mass\"\n", "quoted fields");
        Broken("frame,particle,x,y\n0,0,NaN,1\n", "row 1: A detection's position must be finite");
        Broken("# only a comment\n", "has no header line");

        Assert.Contains("nothing.csv", Assert.Throws<FileNotFoundException>(() => CsvTable.ReadTracks(folder.File("nothing.csv"))).Message);
        Assert.Contains("nothing.parquet", Assert.Throws<FileNotFoundException>(() => ParquetTable.ReadTracks(folder.File("nothing.parquet"))).Message);

        string garbage = folder.File("garbage.parquet");
        File.WriteAllText(garbage, "PAR1 this is not really a parquet file PAR1");
        var error = Assert.Throws<ImageFileException>(() => ParquetTable.ReadTracks(garbage));
        Assert.Equal(garbage, error.FilePath);
        Assert.Contains("could not be read as a Parquet table", error.Reason);

        string cut = folder.File("cut.parquet");
        ParquetTable.Write(folder.File("whole.parquet"), Sample());
        byte[] bytes = File.ReadAllBytes(folder.File("whole.parquet"));
        File.WriteAllBytes(cut, bytes[..(bytes.Length - 20)]);
        Assert.Equal(cut, Assert.Throws<ImageFileException>(() => ParquetTable.ReadTracks(cut)).FilePath);

        var comma = new DetectionTable([new Detection(0, 1, 2, new Dictionary<string, double> { ["a,b"] = 1 })]);
        Assert.Contains("contains a comma", Assert.Throws<ArgumentException>(() => CsvTable.Write(folder.File("c.csv"), comma)).Message);
        ParquetTable.Write(folder.File("c.parquet"), comma);
        Assert.Equal(["a,b"], ParquetTable.ReadDetections(folder.File("c.parquet")).PropertyNames);
    }

    [Fact]
    public void Linked_tracks_round_trip_with_their_ids()
    {
        using var folder = new TempDirectory();
        var detections = new DetectionTable(Enumerable.Range(0, 30).Select(i => new Detection(i / 3, (i % 3 * 20) + (0.3 * (i / 3)), i % 3 * 7.5)));
        var tracks = new TrajectoryLinker(2).Link(detections);
        Assert.Equal(3, tracks.Tracks.Count);
        ParquetTable.Write(folder.File("l.parquet"), tracks);
        CsvTable.Write(folder.File("l.csv"), tracks);
        SameTables(tracks, ParquetTable.ReadTracks(folder.File("l.parquet")));
        SameTables(tracks, CsvTable.ReadTracks(folder.File("l.csv")));
    }
}
