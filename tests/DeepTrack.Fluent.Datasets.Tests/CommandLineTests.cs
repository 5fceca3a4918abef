using System.Text.Json;
using DeepTrack.Fluent.Datasets.Export;
using DeepTrack.Fluent.Datasets.Npy;
using SkiaSharp;

namespace DeepTrack.Fluent.Datasets.Tests;

/// <summary>The command-line host, through the sample program run as separate processes, one per verb.</summary>
public class CommandLineTests
{
    [Fact]
    public void Help_lists_every_verb_and_the_shared_options()
    {
        using var folder = new TempDirectory();
        var result = SampleProgram.Run(folder.Path, "--help");
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (string expected in new[] { "list", "preview", "export", "stats", "--pipeline", "--seed", "spots, cells" })
        {
            Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("export", "--shards <n>")]
    [InlineData("preview", "contact-sheet.png")]
    [InlineData("stats", "--bins <n>")]
    [InlineData("list", "--features")]
    public void Every_verb_explains_its_options(string verb, string expected)
    {
        using var folder = new TempDirectory();
        var result = SampleProgram.Run(folder.Path, verb, "--help");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        Assert.Contains("--pipeline <name>", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export -p spots --count -3", "--count must be ≥ 1 (got -3).")]
    [InlineData("export -p spots", "Option '--count' is required.")]
    [InlineData("export -n 10", "Name a pipeline with --pipeline: spots, cells.")]
    [InlineData("preview -p nope", "No pipeline is named 'nope'. Pipelines: spots, cells.")]
    [InlineData("export -p spots -n 10 --shard 4 --shards 4", "--shard must be in 0 … 3 for --shards 4 (got 4).")]
    [InlineData("export -p spots -n 10 --format zip", "'zip'")]
    [InlineData("stats -p spots --bins 0", "--bins must be ≥ 1 (got 0).")]
    [InlineData("export -p spots -n ten", "ten")]
    [InlineData("frobnicate", "frobnicate")]
    public void A_bad_command_line_gets_a_clear_message_exit_code_2_and_no_stack_trace(string arguments, string message)
    {
        using var folder = new TempDirectory();
        var result = SampleProgram.Run(folder.Path, arguments.Split(' '));
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Work_that_fails_gets_the_reason_exit_code_1_and_no_stack_trace()
    {
        using var folder = new TempDirectory();
        Assert.Equal(0, SampleProgram.Run(folder.Path, "export", "-p", "spots", "-n", "4", "-o", "out").ExitCode);
        var result = SampleProgram.Run(folder.Path, "export", "-p", "spots", "-n", "4", "-o", "out", "--seed", "7");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("planned differently (seed 2026 there, 7 here)", result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void List_names_the_pipelines_their_outputs_and_features()
    {
        using var folder = new TempDirectory();
        var result = SampleProgram.Run(folder.Path, "list", "--features");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("(Image<Double>, Image<Double>)", result.Output, StringComparison.Ordinal);
        Assert.Contains("[0] PointParticle { Position = UniformPosition(rows 8..56, columns 8..56)", result.Output, StringComparison.Ordinal);
        Assert.Contains("SegmentationMask", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_writes_pictures_with_the_true_positions_circled_a_contact_sheet_and_the_truth()
    {
        using var folder = new TempDirectory();
        var result = SampleProgram.Run(folder.Path, "preview", "-p", "spots", "-n", "3", "--start", "10", "--zoom", "4", "-o", "pictures");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            ["000000010.png", "000000011.png", "000000012.png", "contact-sheet.png", "truth.jsonl"],
            FolderComparison.Names(folder.File("pictures")));

        string[] truths = File.ReadAllLines(folder.File("pictures/truth.jsonl"));
        Assert.Equal(3, truths.Length);
        using var json = JsonDocument.Parse(truths[0]);
        Assert.Equal(10, json.RootElement.GetProperty("index").GetInt32());
        var positions = json.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("feature").GetString() == "PointParticle")
            .Select(f => f.GetProperty("properties").GetProperty("Position"))
            .Select(p => (Row: p.GetProperty("row").GetDouble(), Column: p.GetProperty("column").GetDouble()))
            .ToList();
        Assert.InRange(positions.Count, 1, 3);

        // Every picture pixel of the marker colour (gold) lies on a circle of 3 image pixels around a true position.
        using var picture = SKBitmap.Decode(folder.File("pictures/000000010.png"));
        Assert.Equal((256, 256), (picture.Width, picture.Height));
        int marked = 0;
        for (int y = 0; y < picture.Height; y++)
        {
            for (int x = 0; x < picture.Width; x++)
            {
                var c = picture.GetPixel(x, y);
                if (c.Red > 200 && c.Green > 150 && c.Blue < 100)
                {
                    marked++;
                    double nearest = positions.Min(p => Math.Sqrt(Math.Pow(x + 0.5 - ((p.Column + 0.5) * 4), 2) + Math.Pow(y + 0.5 - ((p.Row + 0.5) * 4), 2)));
                    Assert.InRange(nearest, 10, 14);
                }
            }
        }

        Assert.True(marked > 40 * positions.Count, $"{marked} marker pixels for {positions.Count} positions");
        using var sheet = SKBitmap.Decode(folder.File("pictures/contact-sheet.png"));
        Assert.Equal(((3 * 256) + (2 * 2), 256), (sheet.Width, sheet.Height));
    }

    [Fact]
    public void Stats_histograms_follow_the_drawn_distributions()
    {
        using var folder = new TempDirectory();
        var result = SampleProgram.Run(folder.Path, "stats", "-p", "spots", "-n", "400", "--bins", "5", "--json", "stats.json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Intensity", result.Output, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(File.ReadAllBytes(folder.File("stats.json")));
        var properties = json.RootElement.GetProperty("properties").EnumerateArray().ToDictionary(
            p => p.GetProperty("feature").GetString() + "." + p.GetProperty("property").GetString());

        // UniformInt(1, 4) particles per sample: 1, 2 or 3, mean 2, so 800 ± 16 (one standard deviation) intensities.
        var intensity = properties["PointParticle.Intensity"];
        int particles = intensity.GetProperty("values").GetInt32();
        Assert.InRange(particles, 800 - 70, 800 + 70);

        // Intensity ~ Uniform(50, 150): mean 100 (standard error 28.9/√n ≈ 1.2), five near-equal bins.
        Assert.InRange(intensity.GetProperty("min").GetDouble(), 50, 52);
        Assert.InRange(intensity.GetProperty("max").GetDouble(), 148, 150);
        Assert.Equal(100, intensity.GetProperty("mean").GetDouble(), 5.0);
        foreach (var bin in intensity.GetProperty("bins").EnumerateArray())
        {
            Assert.InRange(bin.GetProperty("count").GetInt32(), particles / 5 * 0.7, particles / 5 * 1.3);
        }

        // Positions ~ UniformPosition(8..56): rows and columns in range, mean 32.
        Assert.InRange(properties["PointParticle.Position.row"].GetProperty("min").GetDouble(), 8, 10);
        Assert.InRange(properties["PointParticle.Position.column"].GetProperty("max").GetDouble(), 54, 56);
        Assert.Equal(32, properties["PointParticle.Position.row"].GetProperty("mean").GetDouble(), 2.5);
    }

    [Fact]
    public void Four_shard_processes_in_parallel_write_exactly_the_files_of_one_process()
    {
        using var folder = new TempDirectory();
        string[] common = ["export", "-p", "spots", "-n", "96", "--start", "1000", "--samples-per-file", "8", "--format", "npz"];
        var shards = Enumerable.Range(0, 4)
            .Select(k => SampleProgram.Start(folder.Path, [.. common, "-o", "shards", "--shard", $"{k}", "--shards", "4", "--threads", "1"]))
            .ToList();
        var results = shards.Select(s => s.Wait()).ToList();
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.Contains(results, r => r.Output.Contains("written: every file of the plan is complete", StringComparison.Ordinal));

        var single = SampleProgram.Run(folder.Path, [.. common, "-o", "single"]);
        Assert.True(single.ExitCode == 0, single.ToString());
        Assert.Contains("samples generated", single.Output, StringComparison.Ordinal);
        FolderComparison.AssertIdentical(folder.File("single"), folder.File("shards"));
        Assert.Equal(12 * 2 + 2, FolderComparison.Names(folder.File("single")).Count);

        // A second run finds every file complete and generates nothing.
        var again = SampleProgram.Run(folder.Path, [.. common, "-o", "shards"]);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Matches(@"files kept \(complete\)\s*│\s*12\s", again.Output);
        Assert.Matches(@"samples generated\s*│\s*0\s", again.Output);

        // The labels are the images' own: the brightest pixel of a sample lies next to one of its particles.
        int near = 0, total = 0;
        foreach (string file in Directory.EnumerateFiles(folder.File("single"), "*.npz"))
        {
            var arrays = NpzFile.Read(file);
            var images = arrays["image"].ToArray<double>();
            var truths = arrays["truth"].ToByteStrings();
            for (int i = 0; i < truths.Length; i++)
            {
                int brightest = Array.IndexOf(images, images.Skip(i * 4096).Take(4096).Max(), i * 4096) - (i * 4096);
                using var json = JsonDocument.Parse(truths[i]);
                double distance = json.RootElement.GetProperty("features").EnumerateArray()
                    .Where(f => f.GetProperty("feature").GetString() == "PointParticle")
                    .Select(f => f.GetProperty("properties").GetProperty("Position"))
                    .Min(p => Math.Sqrt(Math.Pow(p.GetProperty("row").GetDouble() - (brightest / 64), 2) + Math.Pow(p.GetProperty("column").GetDouble() - (brightest % 64), 2)));
                near += distance <= 2 ? 1 : 0;
                total++;
            }
        }

        Assert.Equal(96, total);
        Assert.True(near >= 0.9 * total, $"{near} of {total} brightest pixels within 2 px of a particle");
    }

    [Fact]
    public void Four_tar_shards_of_image_and_mask_pairs_equal_one_process_export()
    {
        using var folder = new TempDirectory();
        string[] common = ["export", "-p", "cells", "-n", "20", "--samples-per-file", "5", "--format", "tar", "--float32"];
        var results = Enumerable.Range(0, 4)
            .Select(k => SampleProgram.Start(folder.Path, [.. common, "-o", "shards", "--shard", $"{k}", "--shards", "4"]))
            .ToList()
            .Select(s => s.Wait())
            .ToList();
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        var single = SampleProgram.Run(folder.Path, [.. common, "-o", "single"]);
        Assert.True(single.ExitCode == 0, single.ToString());
        FolderComparison.AssertIdentical(folder.File("single"), folder.File("shards"));
        var manifest = DatasetManifest.Read(folder.File("single/manifest.json"));
        Assert.Equal(["image <f4", "mask <f4"], manifest.Arrays.Select(a => $"{a.Name} {a.DType}"));
    }

    private static void AssertNoStackTrace(SampleProgram.Result result)
    {
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Output + result.Error, StringComparison.Ordinal);
    }
}
