using DeepTrack.Fluent.Augmentations;

namespace DeepTrack.Fluent.IO.Tests;

/// <summary>A simulated spot: one bright pixel at a drawn position on a 16 × 16 image.</summary>
[Feature]
public sealed partial record Spot : Feature<NoInput, Image<double>>
{
    public partial PixelPosition Position { get; init; }

    protected override Image<double> Compute(NoInput input, FeatureContext context)
    {
        var image = new Image<double>(16, 16);
        image[(int)Position.Row, (int)Position.Column] = 1000;
        return image;
    }
}

/// <summary>Experimental images entering pipelines through <see cref="LoadImage"/>.</summary>
public class LoadImageTests : IDisposable
{
    private readonly TempDirectory folder = new();

    /// <summary>Three 16 × 16 16-bit pages: page k has pixel (r, c) = 100·k + r + c.</summary>
    private string Backgrounds()
    {
        string path = folder.File("backgrounds.tif");
        TiffFile.Write(path, Enumerable.Range(0, 3).Select(k => Image<ushort>.FromArray([.. Enumerable.Range(0, 256).Select(i => (ushort)((100 * k) + (i / 16) + (i % 16)))], 16, 16)));
        return path;
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Simulated_particles_go_onto_real_backgrounds_drawn_per_sample_and_recorded()
    {
        var source = ImageSource.FromFiles(Backgrounds());
        Assert.Equal(3, source.Count);
        var background = source.Random();
        var spot = new Spot().WithPosition(Distribution.UniformPosition(0, 15, 0, 15));
        var pipeline = (spot + background).Build(seed: 5);

        var images = pipeline.Generate(30);
        var indices = images.Select(i => i.Get(background, b => b.Index).Single()).ToArray();
        Assert.Equal([0, 1, 2], indices.Distinct().Order());
        for (int s = 0; s < images.Length; s++)
        {
            var position = images[s].Get(spot, p => p.Position).Single();
            var expected = source.Load(indices[s]);
            expected[(int)position.Row, (int)position.Column] += 1000;
            Assert.Equal(expected.AsReadOnlySpan().ToArray(), images[s].AsReadOnlySpan().ToArray());
        }

        // Same seed, same images, on one thread or many.
        var again = (spot + background).Build(seed: 5).Generate(30, maxDegreeOfParallelism: 1);
        Assert.Equal(images.Select(i => i.Sum()), again.Select(i => i.Sum()));
    }

    [Fact]
    public void Real_images_feed_augmentations()
    {
        var load = new LoadImage(ImageSource.FromFiles(Backgrounds())).WithIndex(2);
        var flipped = (load >> new FlipLeftRight<double>()).Build().Resolve();
        Assert.Equal(200 + 3 + 15, flipped[3, 0]); // column 0 of the flip is column 15 of page 2
        Assert.Equal(200 + 3 + 0, flipped[3, 15]);
    }

    [Fact]
    public void A_sequence_walks_through_consecutive_images()
    {
        var source = ImageSource.FromFiles(Backgrounds());
        var frames = source.Consecutive(2).AsSequence(2).Build(seed: 1).Generate(20);
        foreach (var movie in frames)
        {
            double first = movie[0][0, 0], second = movie[1][0, 0];
            Assert.Equal(first + 100, second);
        }

        Assert.Equal([0.0, 100.0], frames.Select(m => m[0][0, 0]).Distinct().Order());
    }

    [Fact]
    public void Loaded_images_are_read_only_in_a_pipeline_and_copies_outside()
    {
        var source = ImageSource.FromFiles(Backgrounds());
        var load = new LoadImage(source);
        var first = load.Build().Resolve();
        Assert.Throws<ReadOnlyImageException>(() => first[0, 0] = -1);
        var copy = source.Load(0);
        copy[0, 0] = -1;
        Assert.Equal(0, source.Load(0)[0, 0]);
        Assert.Equal(0, load.Build().Resolve()[0, 0]);
    }

    [Fact]
    public void A_folder_source_lists_image_files_in_path_order_with_sub_folder_labels()
    {
        string root = folder.File("data");
        Directory.CreateDirectory(Path.Combine(root, "beads"));
        Directory.CreateDirectory(Path.Combine(root, "cells"));
        PngFile.Write(Path.Combine(root, "cells", "b.png"), new Image<byte>(4, 4));
        PngFile.Write(Path.Combine(root, "cells", "a.png"), new Image<byte>(4, 4));
        TiffFile.Write(Path.Combine(root, "beads", "stack.tif"), [new Image<float>(4, 4), new Image<float>(4, 4)]);
        TiffFile.Write(Path.Combine(root, "top.tiff"), new Image<ushort>(4, 4));
        File.WriteAllText(Path.Combine(root, "notes.txt"), "not an image");

        var all = ImageSource.FromFolder(root, recursive: true);
        Assert.Equal(
            [("beads/stack.tif", 0, "beads"), ("beads/stack.tif", 1, "beads"), ("cells/a.png", 0, "cells"), ("cells/b.png", 0, "cells"), ("top.tiff", 0, "")],
            all.Items.Select(i => (Path.GetRelativePath(root, i.Path).Replace('\\', '/'), i.Page, i.Label)));
        Assert.Equal(1, ImageSource.FromFolder(root).Count);
        Assert.Equal((4, 4), (all.Load(3).Height, all.Load(3).Width));
    }

    [Fact]
    public void Bad_sources_and_indices_are_explained()
    {
        var source = ImageSource.FromFiles(Backgrounds());
        var error = Assert.Throws<PropertyValueException>(() => new LoadImage(source).WithIndex(3).Build().Resolve());
        Assert.Contains("LoadImage", error.Message);
        Assert.Contains("Index", error.Message);
        Assert.Contains("must be < 3", error.Message);

        Assert.Throws<DirectoryNotFoundException>(() => ImageSource.FromFolder(folder.File("none")));
        Directory.CreateDirectory(folder.File("empty"));
        Assert.Contains("holds no image file", Assert.Throws<ArgumentException>(() => ImageSource.FromFolder(folder.File("empty"))).Message);
        Assert.Throws<FileNotFoundException>(() => ImageSource.FromFiles(folder.File("missing.tif")));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.Consecutive(4));
    }
}
