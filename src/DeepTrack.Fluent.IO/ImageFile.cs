using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Numerics;

namespace DeepTrack.Fluent.IO;

/// <summary>Reads image files by their extension: <c>.tif</c>/<c>.tiff</c> through <see cref="TiffFile"/>, <c>.png</c> through <see cref="PngFile"/>.</summary>
public static class ImageFile
{
    /// <summary>The extensions that <see cref="ImageFile"/> reads (lower case, with the dot).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".tif", ".tiff", ".png"];

    /// <summary>Whether a path has an extension this class reads.</summary>
    /// <param name="path">The path.</param>
    /// <returns>Whether it is a TIFF or PNG file name.</returns>
    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Reads every page of an image file: a TIFF's pages, or a PNG as one page.</summary>
    /// <typeparam name="T">The pixel type; it must hold the stored pixels exactly.</typeparam>
    /// <param name="path">The file.</param>
    /// <returns>The pages.</returns>
    public static ImageStack<T> ReadStack<T>(string path)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".tif" or ".tiff" => TiffFile.ReadStack<T>(path),
            ".png" => new ImageStack<T>([PngFile.Read<T>(path)]),
            string other => throw new ImageFileException(path, $"has the extension '{other}'; the image formats read are {string.Join(", ", Extensions)}."),
        };
    }

    /// <summary>Reads single-page image files of one size as the pages of a stack (e.g. a folder of frames), in the given order.</summary>
    /// <typeparam name="T">The pixel type.</typeparam>
    /// <param name="paths">The files.</param>
    /// <returns>The stack, a movie of one frame per file.</returns>
    public static ImageStack<T> ReadStack<T>(IEnumerable<string> paths)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(paths);
        var pages = new List<Image<T>>();
        foreach (string path in paths)
        {
            var stack = ReadStack<T>(path);
            if (stack.Count != 1)
            {
                throw new ImageFileException(path, $"holds {stack.Count} pages; a stack of files needs one page per file.");
            }

            if (pages.Count > 0 && (stack.Height != pages[0].Height || stack.Width != pages[0].Width))
            {
                throw new ImageFileException(path, $"is {stack.Height}×{stack.Width} but the first file is {pages[0].Height}×{pages[0].Width}.");
            }

            pages.Add(stack[0]);
        }

        return pages.Count > 0 ? new ImageStack<T>(pages) : throw new ArgumentException("No files were given.", nameof(paths));
    }
}
