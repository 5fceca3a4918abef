using System;
using System.Collections.Generic;
using System.Numerics;
using DeepTrack.Fluent.IO.Formats;

namespace DeepTrack.Fluent.IO;

/// <summary>
/// Reads and writes grayscale TIFF files, single images and multi-page stacks, with their ImageJ or OME-TIFF
/// metadata (pixel size, frame interval, channels × slices × frames), through BitMiracle's LibTiff.NET.
/// </summary>
/// <remarks>
/// <para>Pixels: 8-, 16- and 32-bit unsigned and signed integers and 32- and 64-bit floats, one sample per pixel,
/// stored in strips or tiles, uncompressed or with any compression LibTiff decodes (LZW, Deflate, PackBits, …), in
/// either byte order. A file is read into <c>Image&lt;T&gt;</c> only when <c>T</c> holds every stored
/// value exactly (16-bit pixels into <c>ushort</c>, <c>int</c>, <c>float</c> or <c>double</c>, never into
/// <c>byte</c>); anything else is an <see cref="ImageFileException"/> that names the file, as is a colour, truncated or
/// malformed file.</para>
/// <para>Metadata: an OME-XML header (first page's ImageDescription) gives the dimension order, sizes, physical pixel
/// size and time increment, and maps pages to planes through its TiffData elements; an ImageJ header gives
/// channels, slices, frames, the unit, <c>spacing</c> and <c>finterval</c>, the pixel size being 1 / XResolution in
/// that unit. Without either, every page is a frame and a resolution in centimetres is the pixel size.
/// Reduced-resolution pages (thumbnails) are skipped.</para>
/// </remarks>
public static class TiffFile
{
    /// <summary>Reads a single-image TIFF.</summary>
    /// <typeparam name="T">The pixel type; it must hold the stored pixels exactly.</typeparam>
    /// <param name="path">The file.</param>
    /// <returns>The image (2-D).</returns>
    public static Image<T> Read<T>(string path)
        where T : unmanaged, INumberBase<T>
    {
        var stack = ReadStack<T>(path);
        return stack.Count == 1
            ? stack[0]
            : throw new ImageFileException(path, $"holds {stack.Count} pages; read it with TiffFile.ReadStack (and .ToVolume() for a z-stack as one 3-D image).");
    }

    /// <summary>Reads every page of a TIFF, in the order of its metadata (see <see cref="ImageStack{T}.Metadata"/>).</summary>
    /// <typeparam name="T">The pixel type; it must hold the stored pixels exactly.</typeparam>
    /// <param name="path">The file.</param>
    /// <returns>The pages and their metadata.</returns>
    public static ImageStack<T> ReadStack<T>(string path)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(path);
        var target = PixelFormat.Of<T>("Image<" + typeof(T).Name + "> read from a TIFF file");
        var (pages, _, metadata, order) = TiffReader.Read(path, withPixels: true);
        var stored = pages[0].Format;
        if (!target.HoldsExactly(stored))
        {
            throw new ImageFileException(path, $"stores {stored.Description} pixels, which Image<{typeof(T).Name}> cannot hold exactly; read it as Image<{stored.Type.Name}> (or a wider type, e.g. Image<double>).");
        }

        var images = new Image<T>[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            var page = pages[order[k]];
            images[k] = new Image<T>(page.Height, page.Width);
            stored.Convert<T>(page.Samples, images[k].AsWritableSpan());
        }

        return new ImageStack<T>(images, metadata);
    }

    /// <summary>Reads what a TIFF holds (size, pages, pixel type, metadata) without decoding its pixels.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The description.</returns>
    public static ImageFileInfo ReadInfo(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (pages, convention, metadata, _) = TiffReader.Read(path, withPixels: false);
        return new ImageFileInfo(pages[0].Width, pages[0].Height, pages.Count, pages[0].Format.Type, convention, metadata);
    }

    /// <summary>Writes an image: a 2-D image as one page, a 3-D image as one page per plane (a z-stack unless the metadata says otherwise).</summary>
    /// <typeparam name="T">The pixel type: byte, sbyte, ushort, short, uint, int, float or double.</typeparam>
    /// <param name="path">The file (created or replaced).</param>
    /// <param name="image">The image.</param>
    /// <param name="metadata">What the planes are and the pixel size; null for none (a 3-D image is then a z-stack).</param>
    /// <param name="options">Compression and header; null for <see cref="TiffWriteOptions.Default"/>.</param>
    public static void Write<T>(string path, Image<T> image, ImageMetadata? metadata = null, TiffWriteOptions? options = null)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(image);
        Write(path, ImageStack<T>.FromVolume(image, metadata ?? new ImageMetadata { Slices = image.Depth }), options);
    }

    /// <summary>Writes the frames of a movie (e.g. a simulated sequence), one page each.</summary>
    /// <typeparam name="T">The pixel type.</typeparam>
    /// <param name="path">The file (created or replaced).</param>
    /// <param name="frames">The frames: 2-D images of one size.</param>
    /// <param name="options">Compression and header; null for <see cref="TiffWriteOptions.Default"/>.</param>
    public static void Write<T>(string path, IEnumerable<Image<T>> frames, TiffWriteOptions? options = null)
        where T : unmanaged, INumberBase<T>
        => Write(path, new ImageStack<T>(frames), options);

    /// <summary>Writes a stack with its metadata.</summary>
    /// <typeparam name="T">The pixel type: byte, sbyte, ushort, short, uint, int, float or double.</typeparam>
    /// <param name="path">The file (created or replaced).</param>
    /// <param name="stack">The pages and their metadata.</param>
    /// <param name="options">Compression and header; null for <see cref="TiffWriteOptions.Default"/>.</param>
    public static void Write<T>(string path, ImageStack<T> stack, TiffWriteOptions? options = null)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stack);
        TiffWriter.Write(path, stack, options ?? TiffWriteOptions.Default);
    }
}
