using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DeepTrack.Fluent.IO;

/// <summary>
/// A fixed list of experimental images on disk — single files, the pages of TIFF stacks, or every image file of a
/// folder — for <see cref="LoadImage"/> to bring into a pipeline (real backgrounds under simulated particles,
/// augmentations of real images). Images are read as <c>Image&lt;double&gt;</c> (exactly: every stored pixel type
/// fits) on first use and kept by this source.
/// </summary>
/// <remarks>
/// The list is fixed when the source is made, and folder listings are sorted by path (ordinal), so item <c>i</c> is
/// the same file on every machine: a pipeline that draws an index per sample loads the same images for the same
/// seed. This is DeepTrack 2.0's <c>ImageFolder</c> (items carry the sub-folder as <see cref="ImageSourceItem.Label"/>)
/// and <c>LoadImage</c> with a list of paths.
/// </remarks>
public sealed class ImageSource
{
    private readonly ImageSourceItem[] items;
    private readonly ConcurrentDictionary<string, Lazy<ImageStack<double>>> files = new(StringComparer.Ordinal);

    private ImageSource(ImageSourceItem[] items)
    {
        if (items.Length == 0)
        {
            throw new ArgumentException("An image source needs at least one image.", nameof(items));
        }

        this.items = items;
    }

    /// <summary>The images, in order.</summary>
    public IReadOnlyList<ImageSourceItem> Items => items;

    /// <summary>The number of images.</summary>
    public int Count => items.Length;

    /// <summary>The images of some files: each page of a stack is one image; files in the given order.</summary>
    /// <param name="paths">TIFF or PNG files.</param>
    /// <returns>The source.</returns>
    public static ImageSource FromFiles(params IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new([.. paths.SelectMany(p => Pages(p, ""))]);
    }

    /// <summary>Every TIFF and PNG file in a folder (and, if <paramref name="recursive"/>, its sub-folders), sorted by path.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="recursive">Whether to include sub-folders; each image is labelled with its top sub-folder's name.</param>
    /// <returns>The source.</returns>
    public static ImageSource FromFolder(string folder, bool recursive = false)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The image folder '{folder}' does not exist.");
        }

        string[] paths = [.. Directory.EnumerateFiles(folder, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(ImageFile.IsSupported)
            .Order(StringComparer.Ordinal)];
        if (paths.Length == 0)
        {
            throw new ArgumentException($"The folder '{folder}' holds no image file ({string.Join(", ", ImageFile.Extensions)}).", nameof(folder));
        }

        return new([.. paths.SelectMany(p => Pages(p, LabelOf(folder, p)))]);
    }

    /// <summary>An image of the source (a copy: the caller may write into it).</summary>
    /// <param name="index">The item (0 … <see cref="Count"/> − 1).</param>
    /// <returns>The image.</returns>
    public Image<double> Load(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, items.Length);
        var item = items[index];
        return files.GetOrAdd(item.Path, path => new Lazy<ImageStack<double>>(() => ImageFile.ReadStack<double>(path))).Value[item.Page].Clone();
    }

    /// <summary>A feature that loads one of the images, drawn uniformly per sample.</summary>
    /// <returns>The feature.</returns>
    public LoadImage Random() => new LoadImage(this).WithIndex(Distribution.UniformInt(0, Count));

    /// <summary>A feature for sequences: frame <c>f</c> of a sequence loads image <c>start + f</c>, with <c>start</c> drawn per sample so that the whole sequence fits.</summary>
    /// <param name="frames">The sequence's length (≤ <see cref="Count"/>).</param>
    /// <returns>The feature.</returns>
    public LoadImage Consecutive(int frames)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frames, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(frames, Count);
        return new LoadImage(this).WithIndex(Distribution.UniformInt(0, Count - frames + 1), (_, step) => step.Previous + 1);
    }

    /// <inheritdoc />
    public override string ToString() => $"ImageSource[{Count} images from {items.Select(i => i.Path).Distinct().Count()} file(s)]";

    private static IEnumerable<ImageSourceItem> Pages(string path, string label)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        int pages = extension is ".tif" or ".tiff" ? TiffFile.ReadInfo(path).Pages
            : extension == ".png" ? (File.Exists(path) ? 1 : throw new FileNotFoundException($"The image file '{path}' does not exist.", path))
            : throw new ImageFileException(path, $"has the extension '{extension}'; the image formats read are {string.Join(", ", ImageFile.Extensions)}.");
        return Enumerable.Range(0, pages).Select(page => new ImageSourceItem(path, page, label));
    }

    private static string LabelOf(string folder, string path)
    {
        string relative = Path.GetRelativePath(folder, path);
        int separator = relative.IndexOfAny([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        return separator < 0 ? "" : relative[..separator];
    }
}
