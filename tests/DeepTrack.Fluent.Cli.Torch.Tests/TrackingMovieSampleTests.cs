using System.Text.Json;
using DeepTrack.Fluent.IO;
using DeepTrack.Fluent.Torch;
using TrackingMovie;

namespace DeepTrack.Fluent.Cli.Torch.Tests;

/// <summary>samples/TrackingMovie in its smallest configuration: simulated movie → TIFF → trained bundle → detections → tracks → files, scored against the truth.</summary>
public sealed class TrackingMovieSampleTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dtf-movie-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_smallest_run_goes_from_a_simulated_movie_to_scored_tracks_through_the_files()
    {
        var settings = Settings.Smallest;
        var results = TrackingExperiment.Run(settings, folder, TextWriter.Null);

        // The movie as a TIFF stack, and the model bundle with the normalisation it was trained with.
        var info = TiffFile.ReadInfo(Path.Combine(folder, "movie.tif"));
        Assert.Equal((settings.Frames, settings.Size, settings.Size), (info.Pages, info.Height, info.Width));
        var manifest = ModelBundle.ReadManifest(Path.Combine(folder, "model"));
        Assert.Equal(InputNormalization.Standard(), manifest.Normalization);
        Assert.Equal([1, settings.TrainingSize, settings.TrainingSize], manifest.Input);

        // Plain CSV tables with trackpy's columns, units beside them, and the pictures.
        string tracksCsv = Path.Combine(folder, "tracks.csv");
        Assert.Equal("frame,particle,x,y,mass,signal", File.ReadLines(tracksCsv).First());
        Assert.True(File.Exists(CsvTable.UnitsPath(tracksCsv)));
        var tracks = CsvTable.ReadTracks(tracksCsv);
        Assert.Equal(CsvTable.ReadDetections(Path.Combine(folder, "detections.csv")).Count, tracks.Count);
        Assert.True(new FileInfo(Path.Combine(folder, "overlay.png")).Length > 1000);
        Assert.True(new FileInfo(Path.Combine(folder, "contact-sheet.png")).Length > 1000);

        // results.json holds what Run returned.
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json"))).RootElement;
        Assert.Equal(results.Detection.F1, json.GetProperty("Detection").GetProperty("F1").GetDouble());
        Assert.Equal(results.LinkAccuracy, json.GetProperty("LinkAccuracy").GetDouble());

        // Even this small run finds the particles and links them: measured F1 0.96, link accuracy 1.00, D −24 % (6 particles,
        // 8 frames: the D from the true tracks alone is 2 % off, and short tracks with localisation error leave a wide fit).
        Assert.True(results.Detection.F1 > 0.8, $"F1 {results.Detection.F1}");
        Assert.True(results.Detection.RmsErrorPx < 1, $"RMS error {results.Detection.RmsErrorPx}");
        Assert.True(results.LinkAccuracy > 0.85, $"link accuracy {results.LinkAccuracy}");
        Assert.InRange(results.Diffusion.FromTrueTracks, 0.4, 0.6);
        Assert.InRange(results.Diffusion.RelativeError, -0.5, 0.5);
    }
}
