using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Datasets.Export;
using DeepTrack.Fluent.Datasets.Layout;
using DeepTrack.Fluent.Datasets.Npy;
using PureHDF;

namespace DeepTrack.Fluent.Datasets.Tests.Export;

/// <summary>Exports in one process: files per block, shards, manifest, resuming, refusals.</summary>
public class ExportTests
{
    private static readonly Blob Spot = Blob.Random();

    [Theory]
    [InlineData(DatasetFormat.Npz)]
    [InlineData(DatasetFormat.Npy)]
    [InlineData(DatasetFormat.Hdf5)]
    [InlineData(DatasetFormat.Tar)]
    public void Three_shards_together_are_byte_identical_to_one_export(DatasetFormat format)
    {
        using var folder = new TempDirectory();
        var source = DatasetSource.Images("blobs", Spot.Build(seed: 5));
        var whole = Options(folder.File("whole"), format) with { MaxDegreeOfParallelism = 1 };
        var report = DatasetExporter.Export(source, whole);
        Assert.True(report.ManifestWritten);
        Assert.Equal(37, report.SamplesGenerated);

        for (int shard = 0; shard < 3; shard++)
        {
            var part = DatasetExporter.Export(source, Options(folder.File("shards"), format) with { Shard = shard, Shards = 3 });
            Assert.Equal(shard == 2, part.ManifestWritten);
        }

        FolderComparison.AssertIdentical(folder.File("whole"), folder.File("shards"));
        int filesPerBlock = format == DatasetFormat.Npy ? 3 : 1;
        Assert.Equal((8 * filesPerBlock * 2) + 2, FolderComparison.Names(folder.File("whole")).Count);
    }

    [Fact]
    public void Manifest_lists_every_file_with_its_range_and_SHA256()
    {
        using var folder = new TempDirectory();
        var pipeline = Spot.Build(seed: 5);
        DatasetExporter.Export(DatasetSource.Images("blobs", pipeline), Options(folder.Path, DatasetFormat.Npz));
        var manifest = DatasetManifest.Read(folder.File(DatasetManifest.FileName));

        Assert.Equal(("blobs", 5UL, 100L, 37L, 5, "npz"), (manifest.Pipeline, manifest.Seed, manifest.First, manifest.Count, manifest.SamplesPerFile, manifest.Format));
        Assert.StartsWith("DeepTrack.Fluent 0.", manifest.Library, StringComparison.Ordinal);
        Assert.Contains(manifest.Description, line => line.Contains("Blob { Size = 8", StringComparison.Ordinal));
        Assert.Equal([new ManifestArray("image", "<f8", [8, 8])], manifest.Arrays.Select(a => a with { Shape = [.. a.Shape] }), new ArrayComparer());
        long next = 100;
        foreach (var file in manifest.Files)
        {
            Assert.Equal(next, file.First);
            Assert.Equal($"blobs-{file.First:D9}.npz", file.Name);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(folder.File(file.Name)))), file.Sha256);
            Assert.Equal($"{file.Sha256}  {file.Name}\n", File.ReadAllText(folder.File(file.Name + ".sha256")));
            next += file.Count;
        }

        Assert.Equal(137, next);
        Assert.Equal(2, manifest.Files[^1].Count);

        // The plan is the manifest without hashes.
        var plan = DatasetManifest.Read(folder.File(DatasetManifest.PlanFileName));
        Assert.All(plan.Files, f => Assert.Null(f.Sha256));
        Assert.Equal(manifest.Files.Select(f => f with { Sha256 = null }), plan.Files);
    }

    [Fact]
    public void Arrays_hold_the_samples_and_truth_their_ground_truth_in_declaration_order()
    {
        using var folder = new TempDirectory();
        var pipeline = Spot.Build(seed: 5);
        DatasetExporter.Export(DatasetSource.Images("blobs", pipeline), Options(folder.Path, DatasetFormat.Npz));
        var images = pipeline.Generate(5, start: 105);
        var arrays = NpzFile.Read(folder.File("blobs-000000105.npz"));

        Assert.Equal(Enumerable.Range(105, 5).Select(i => (long)i), arrays["index"].ToArray<long>());
        Assert.Equal(images.SelectMany(i => i.AsReadOnlySpan().ToArray()), arrays["image"].ToArray<double>());
        var truths = arrays["truth"].ToByteStrings();
        for (int i = 0; i < 5; i++)
        {
            using var json = JsonDocument.Parse(truths[i]);
            var root = json.RootElement;
            Assert.Equal(["index", "features"], root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(105 + i, root.GetProperty("index").GetInt64());
            var feature = root.GetProperty("features").EnumerateArray().Single();
            Assert.Equal(["feature", "node", "replica", "properties"], feature.EnumerateObject().Select(p => p.Name));
            Assert.Equal("Blob", feature.GetProperty("feature").GetString());
            var properties = feature.GetProperty("properties");
            Assert.Equal(["Size", "Position", "Amplitude", "Width"], properties.EnumerateObject().Select(p => p.Name));
            var position = images[i].Get(Spot, s => s.Position).Single();
            Assert.Equal(position.Row, properties.GetProperty("Position").GetProperty("row").GetDouble());
            Assert.Equal(position.Column, properties.GetProperty("Position").GetProperty("column").GetDouble());
            Assert.Equal(images[i].Get(Spot, s => s.Amplitude).Single(), properties.GetProperty("Amplitude").GetDouble());
            Assert.Equal(2e-7, properties.GetProperty("Width").GetDouble(), 15);
        }
    }

    [Fact]
    public void Positions_in_the_ground_truth_follow_features_that_move_pixels()
    {
        using var folder = new TempDirectory();
        var pipeline = (Spot >> new FlipLeftRight<double>()).Build(seed: 2);
        DatasetExporter.Export(DatasetSource.Images("flipped", pipeline), new ExportOptions { OutputDirectory = folder.Path, Count = 3, Format = DatasetFormat.Npy });
        var lines = File.ReadAllLines(folder.File("flipped-000000000.truth.jsonl"));
        var images = pipeline.Generate(3);
        for (int i = 0; i < 3; i++)
        {
            var drawn = images[i].Truth.GetUnmapped(Spot, s => s.Position).Single();
            using var json = JsonDocument.Parse(lines[i]);
            var position = json.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("Position");
            Assert.Equal(drawn.Row, position.GetProperty("row").GetDouble(), 12);
            Assert.Equal(7 - drawn.Column, position.GetProperty("column").GetDouble(), 12);
        }
    }

    [Fact]
    public void Resuming_keeps_complete_files_and_rewrites_missing_or_damaged_ones()
    {
        using var folder = new TempDirectory();
        var source = DatasetSource.Images("blobs", Spot.Build(seed: 5));
        DatasetExporter.Export(source, Options(folder.File("a"), DatasetFormat.Tar));
        DatasetExporter.Export(source, Options(folder.File("b"), DatasetFormat.Tar));

        File.Delete(folder.File("b/blobs-000000110.tar"));
        byte[] damaged = File.ReadAllBytes(folder.File("b/blobs-000000120.tar"));
        damaged[700] ^= 1;
        File.WriteAllBytes(folder.File("b/blobs-000000120.tar"), damaged);
        File.Delete(folder.File(DatasetManifest.FileName.Insert(0, "b/")));
        File.WriteAllText(folder.File("b/blobs-000000130.tar.partial-999"), "left by a killed run");

        var again = DatasetExporter.Export(source, Options(folder.File("b"), DatasetFormat.Tar));
        Assert.Equal((2, 6, 10L), (again.FilesWritten, again.FilesSkipped, again.SamplesGenerated));
        Assert.True(again.ManifestWritten);
        FolderComparison.AssertIdentical(folder.File("a"), folder.File("b"));
    }

    [Fact]
    public void A_folder_that_holds_another_plan_is_refused()
    {
        using var folder = new TempDirectory();
        DatasetExporter.Export(DatasetSource.Images("blobs", Spot.Build(seed: 1)), Options(folder.Path, DatasetFormat.Npz));
        var error = Assert.Throws<DatasetExportException>(() => DatasetExporter.Export(DatasetSource.Images("blobs", Spot.Build(seed: 2)), Options(folder.Path, DatasetFormat.Npz)));
        Assert.Contains("seed 1 there, 2 here", error.Message, StringComparison.Ordinal);
        Assert.Contains("another folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_sample_is_named_with_its_seed_and_how_to_reproduce_it()
    {
        var fragile = new Fragile().WithRoll(Distribution.Uniform(0, 1));
        var pipeline = (Spot >> fragile).Build(seed: 3);
        long first = Enumerable.Range(0, 100).First(i => pipeline.Resolved(fragile) is var _ && Fails(pipeline, i));
        using var folder = new TempDirectory();
        var error = Assert.Throws<DatasetExportException>(() =>
            DatasetExporter.Export(DatasetSource.Images("fragile", pipeline), new ExportOptions { OutputDirectory = folder.Path, Count = 100 }));
        Assert.StartsWith($"Sample {first} of 'fragile' (seed 3) failed: roll ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"pipeline.Sample({first})", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void Samples_of_another_shape_are_refused_with_the_sample_and_both_shapes()
    {
        var sizes = Blob.Random().WithSize(Distribution.Choice(8, 8, 8, 9));
        var pipeline = sizes.Build(seed: 4);
        int firstSize = pipeline.Generate(1)[0].Height;
        long other = Enumerable.Range(0, 200).First(i => pipeline.Generate(1, i)[0].Height != firstSize);
        int otherSize = 17 - firstSize;
        using var folder = new TempDirectory();
        var error = Assert.Throws<DatasetExportException>(() =>
            DatasetExporter.Export(DatasetSource.Images("sizes", pipeline), new ExportOptions { OutputDirectory = folder.Path, Count = 200 }));
        Assert.Contains($"Sample {other} of 'sizes' (seed 4): 'image' has shape ({otherSize}, {otherSize}), but sample 0 has ({firstSize}, {firstSize})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_are_contiguous_runs_of_blocks_that_cover_each_block_once()
    {
        var plan = ExportPlan.Create(DatasetSource.Images("blobs", Spot.Build(seed: 5)), new ExportOptions { OutputDirectory = "unused", Count = 1000, SamplesPerFile = 10 });
        Assert.Equal(100, plan.Blocks.Count);
        foreach (int shards in new[] { 1, 3, 7, 100, 130 })
        {
            var parts = Enumerable.Range(0, shards).Select(k => plan.ForShard(k, shards)).ToList();
            Assert.Equal(plan.Blocks, parts.SelectMany(p => p));
            Assert.True(parts.Max(p => p.Count) - parts.Min(p => p.Count) <= 1);
        }
    }

    [Fact]
    public void Blocks_default_to_1000_samples_or_256_MiB()
    {
        var small = ExportPlan.Create(DatasetSource.Images("small", Spot.Build()), new ExportOptions { OutputDirectory = "unused", Count = 2500 });
        Assert.Equal([1000, 1000, 500], small.Blocks.Select(b => b.Count));
        var large = ExportPlan.Create(DatasetSource.Images("large", Spot.WithSize(512).Build()), new ExportOptions { OutputDirectory = "unused", Count = 300 });
        Assert.Equal(128, large.Manifest.SamplesPerFile); // 256 MiB / (512 × 512 × 8 bytes)
    }

    [Fact]
    public void Hdf5_files_read_back_with_PureHDF_including_complex_pixels()
    {
        using var folder = new TempDirectory();
        var wave = new Wave().WithPhase(Distribution.Uniform(0, 3));
        var pipeline = wave.Build(seed: 8);
        DatasetExporter.Export(DatasetSource.Images("waves", pipeline), new ExportOptions { OutputDirectory = folder.Path, Count = 4, Format = DatasetFormat.Hdf5 });

        using var file = H5File.OpenRead(folder.File("waves-000000000.h5"));
        Assert.Equal([4UL, 3, 2], file.Dataset("image").Space.Dimensions);
        var values = file.Dataset("image").Read<ComplexMembers[]>();
        var images = pipeline.Generate(4);
        Assert.Equal(images.SelectMany(i => i.AsReadOnlySpan().ToArray()), values.Select(v => new System.Numerics.Complex(v.r, v.i)));
        Assert.Equal([0L, 1, 2, 3], file.Dataset("index").Read<long[]>());
        Assert.Equal(8UL, file.Attribute("seed").Read<ulong>());
        Assert.Equal("waves", file.Attribute("pipeline").Read<string>());
        var truth = file.Dataset("truth").Read<string[]>();
        using var json = JsonDocument.Parse(truth[2]);
        Assert.Equal(images[2].Get(wave, w => w.Phase).Single(), json.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("Phase").GetDouble());
    }

    [Fact]
    public void Tar_shards_hold_one_npy_per_array_and_one_json_per_sample()
    {
        using var folder = new TempDirectory();
        var pipeline = Spot.Build(seed: 5);
        var layout = SampleLayout.For<Image<double>>()
            .Image("image", i => i)
            .Numbers("position", 2, i => i.Get(Spot, s => new[] { s.Position.Row, s.Position.Column }).Single());
        DatasetExporter.Export(DatasetSource.Create("blobs", pipeline, layout), new ExportOptions { OutputDirectory = folder.Path, Count = 3, Format = DatasetFormat.Tar });

        using var reader = new TarReader(File.OpenRead(folder.File("blobs-000000000.tar")));
        var members = new List<(string Name, byte[] Bytes)>();
        while (reader.GetNextEntry() is { } entry)
        {
            var bytes = new MemoryStream();
            entry.DataStream!.CopyTo(bytes);
            members.Add((entry.Name, bytes.ToArray()));
        }

        Assert.Equal(
            Enumerable.Range(0, 3).SelectMany(i => new[] { $"00000000{i}.image.npy", $"00000000{i}.position.npy", $"00000000{i}.json" }),
            members.Select(m => m.Name));
        var images = pipeline.Generate(3);
        for (int i = 0; i < 3; i++)
        {
            var image = NpyFile.Read(new MemoryStream(members[3 * i].Bytes));
            Assert.Equal([8L, 8], image.Header.Shape);
            Assert.Equal(images[i].AsReadOnlySpan().ToArray(), image.ToArray<double>());
            var position = images[i].Get(Spot, s => s.Position).Single();
            Assert.Equal([position.Row, position.Column], NpyFile.Read(new MemoryStream(members[(3 * i) + 1].Bytes)).ToArray<double>());
            using var json = JsonDocument.Parse(members[(3 * i) + 2].Bytes);
            Assert.Equal(i, json.RootElement.GetProperty("index").GetInt32());
        }
    }

    [Fact]
    public void Npy_blocks_are_an_index_an_array_per_field_and_json_lines()
    {
        using var folder = new TempDirectory();
        var pipeline = Spot.Build(seed: 5);
        DatasetExporter.Export(DatasetSource.Images("blobs", pipeline, asFloat32: true), new ExportOptions { OutputDirectory = folder.Path, Count = 4, Format = DatasetFormat.Npy });
        Assert.Equal([0L, 1, 2, 3], NpyFile.Read(folder.File("blobs-000000000.index.npy")).ToArray<long>());
        var image = NpyFile.Read(folder.File("blobs-000000000.image.npy"));
        Assert.Equal(new NpyHeader(NpyDType.Float32, [4, 8, 8]), image.Header);
        Assert.Equal(pipeline.Generate(4).SelectMany(i => i.AsReadOnlySpan().ToArray()).Select(v => (float)v), image.ToArray<float>());
        Assert.Equal(4, File.ReadAllLines(folder.File("blobs-000000000.truth.jsonl"), Encoding.UTF8).Length);
    }

    [Fact]
    public void Volumes_are_stored_depth_first_in_their_memory_order()
    {
        using var folder = new TempDirectory();
        var volume = Feature.Lambda<NoInput, Image<float>>(_ =>
        {
            var image = new Image<float>(2, 3, 4);
            for (int z = 0; z < 4; z++)
            {
                for (int row = 0; row < 2; row++)
                {
                    for (int column = 0; column < 3; column++)
                    {
                        image[row, column, z] = (100 * z) + (10 * row) + column;
                    }
                }
            }

            return image;
        });
        DatasetExporter.Export(DatasetSource.Images("volumes", volume.Build()), new ExportOptions { OutputDirectory = folder.Path, Count = 1, Format = DatasetFormat.Npy });
        var stored = NpyFile.Read(folder.File("volumes-000000000.image.npy"));
        Assert.Equal([1L, 4, 2, 3], stored.Header.Shape);
        var values = stored.ToArray<float>();
        Assert.Equal(210f, values[15]); // [sample 0, z 2, row 1, column 0] in C order: ((2 · 2) + 1) · 3 + 0
        Assert.Equal(Enumerable.Range(0, 24).Select(i => (float)((100 * (i / 6)) + (10 * (i / 3 % 2)) + (i % 3))), values);
    }

    [Fact]
    public void An_image_and_its_mask_share_one_ground_truth_without_repeats()
    {
        using var folder = new TempDirectory();
        var twice = Spot & (Spot >> Feature.Lambda<Image<double>, Image<double>>(i => i.Map(v => v > 0.5 ? 1 : 0)));
        var layout = SampleLayout.For<(Image<double> Image, Image<double> Mask)>().Image("image", p => p.Image).Image("mask", p => p.Mask);
        DatasetExporter.Export(DatasetSource.Create("pairs", twice.Build(seed: 1), layout), new ExportOptions { OutputDirectory = folder.Path, Count = 2 });
        var arrays = NpzFile.Read(folder.File("pairs-000000000.npz"));
        Assert.Equal(["index", "image", "mask", "truth"], arrays.Keys);
        Assert.All(arrays["mask"].ToArray<double>(), v => Assert.True(v is 0 or 1));
        using var json = JsonDocument.Parse(arrays["truth"].ToByteStrings()[0]);
        Assert.Single(json.RootElement.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public void Bad_options_are_refused_with_the_value()
    {
        var source = DatasetSource.Images("blobs", Spot.Build());
        Assert.Contains("shard must be in 0…2 (got 3)", Assert.Throws<ArgumentException>(() => ExportPlan.Create(source, new ExportOptions { OutputDirectory = "x", Count = 5, Shard = 3, Shards = 3 })).Message, StringComparison.Ordinal);
        Assert.Contains("count must be ≥ 1 (got 0)", Assert.Throws<ArgumentException>(() => ExportPlan.Create(source, new ExportOptions { OutputDirectory = "x", Count = 0 })).Message, StringComparison.Ordinal);
        Assert.Contains("cannot prefix file names", Assert.Throws<ArgumentException>(() => DatasetSource.Images("a b", Spot.Build())).Message, StringComparison.Ordinal);
    }

    private static bool Fails(Pipeline<NoInput, Image<double>> pipeline, long index)
    {
        try
        {
            pipeline.Sample(index);
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static ExportOptions Options(string folder, DatasetFormat format)
        => new() { OutputDirectory = folder, Format = format, Start = 100, Count = 37, SamplesPerFile = 5 };

    /// <summary>The compound members h5py reads as complex128.</summary>
    private struct ComplexMembers
    {
#pragma warning disable CS0649 // Filled by PureHDF from the file's compound members.
        public double r;
        public double i;
#pragma warning restore CS0649
    }

    private sealed class ArrayComparer : IEqualityComparer<ManifestArray>
    {
        public bool Equals(ManifestArray? x, ManifestArray? y)
            => x is not null && y is not null && x.Name == y.Name && x.DType == y.DType && x.Shape.SequenceEqual(y.Shape);

        public int GetHashCode(ManifestArray obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
