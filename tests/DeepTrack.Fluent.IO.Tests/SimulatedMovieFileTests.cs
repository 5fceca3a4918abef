using DeepTrack.Fluent.Tracking;

namespace DeepTrack.Fluent.IO.Tests;

/// <summary>A movie simulated with the library goes to a TIFF stack and its ground-truth tracks to tables and pictures, and comes back unchanged.</summary>
public class SimulatedMovieFileTests
{
    [Fact]
    public void A_simulated_movie_and_its_true_tracks_survive_the_files()
    {
        using var folder = new TempDirectory();
        var spot = new Spot().WithPosition(
            Distribution.UniformPosition(3, 12, 3, 12),
            (s, step) => new PixelPosition(Math.Clamp(step.Previous.Row + step.Random.NextGaussian(), 0, 15), Math.Clamp(step.Previous.Column + step.Random.NextGaussian(), 0, 15)));
        var movie = spot.AsSequence(8).Build(seed: 4).Resolve();

        // Frames as a 32-bit float TIFF stack with the calibration.
        var metadata = ImageMetadata.Movie(movie.Count) with { PixelWidth = 0.1.Micrometers(), PixelHeight = 0.1.Micrometers(), FrameInterval = 0.02 };
        var stack = new ImageStack<float>(movie.Select(f => Image<float>.FromArray([.. f.AsReadOnlySpan().ToArray().Select(v => (float)v)], f.Height, f.Width)), metadata);
        TiffFile.Write(folder.File("movie.tif"), stack);
        var read = TiffFile.ReadStack<double>(folder.File("movie.tif"));
        Assert.Equal(movie.Count, read.Count);
        for (int f = 0; f < movie.Count; f++)
        {
            Assert.Equal(movie[f].AsReadOnlySpan().ToArray(), read[f].AsReadOnlySpan().ToArray());
        }

        Assert.Equal(0.02, read.Metadata.FrameInterval!.Value, 1e-12);

        // The ground truth as one track, in pixels, to CSV and Parquet and an overlay.
        var truth = TrackTable.FromRows(movie.Select((f, k) => new TrackedDetection(Detection.At(k, f.Get(spot, s => s.Position).Single()), 0)));
        CsvTable.Write(folder.File("truth.csv"), truth);
        ParquetTable.Write(folder.File("truth.parquet"), truth);
        Assert.Equal(truth.Select(r => (r.Detection.X, r.Detection.Y)), CsvTable.ReadTracks(folder.File("truth.csv")).Select(r => (r.Detection.X, r.Detection.Y)));
        Assert.Equal(truth.Select(r => (r.Detection.X, r.Detection.Y)), ParquetTable.ReadTracks(folder.File("truth.parquet")).Select(r => (r.Detection.X, r.Detection.Y)));
        ContactSheet.WritePng(folder.File("movie.png"), [.. read], truth, columns: 4, new OverlayStyle { Zoom = 4 });
        Assert.True(new FileInfo(folder.File("movie.png")).Length > 0);
    }
}
