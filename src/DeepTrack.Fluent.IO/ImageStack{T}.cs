using System;
using System.Collections;
using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent.IO;

/// <summary>
/// The pages of a multi-page image file (a movie, a z-stack or a hyperstack), each a 2-D <see cref="Image{T}"/> of
/// the same size, with the file's <see cref="ImageMetadata"/>.
/// </summary>
/// <typeparam name="T">The pixel type.</typeparam>
public sealed class ImageStack<T> : IReadOnlyList<Image<T>>
    where T : unmanaged, INumberBase<T>
{
    private readonly Image<T>[] pages;

    /// <summary>Creates a stack.</summary>
    /// <param name="pages">The pages: at least one, 2-D, all of the same height and width.</param>
    /// <param name="metadata">What the pages are; null for a movie of one frame per page.</param>
    public ImageStack(IEnumerable<Image<T>> pages, ImageMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        this.pages = [.. pages];
        if (this.pages.Length == 0)
        {
            throw new ArgumentException("A stack needs at least one page.", nameof(pages));
        }

        for (int i = 0; i < this.pages.Length; i++)
        {
            var page = this.pages[i] ?? throw new ArgumentException($"Page {i} is null.", nameof(pages));
            if (page.Rank != 2 || page.Height != this.pages[0].Height || page.Width != this.pages[0].Width)
            {
                throw new ArgumentException($"Every page must be a 2-D image of the first page's size, {this.pages[0]}; page {i} is {page}.", nameof(pages));
            }
        }

        Metadata = metadata ?? ImageMetadata.Movie(this.pages.Length);
        if (Metadata.PlaneCount != this.pages.Length)
        {
            throw new ArgumentException(
                $"The metadata describes {Metadata.Channels} channel(s) × {Metadata.Slices} slice(s) × {Metadata.Frames} frame(s) = {Metadata.PlaneCount} pages, but there are {this.pages.Length}.",
                nameof(metadata));
        }
    }

    /// <summary>What the pages are: pixel size, frame interval, channels × slices × frames.</summary>
    public ImageMetadata Metadata { get; }

    /// <summary>The height of every page.</summary>
    public int Height => pages[0].Height;

    /// <summary>The width of every page.</summary>
    public int Width => pages[0].Width;

    /// <inheritdoc />
    public int Count => pages.Length;

    /// <inheritdoc />
    public Image<T> this[int index] => pages[index];

    /// <summary>The page of a channel, slice and frame.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="slice">The z slice.</param>
    /// <param name="frame">The time point.</param>
    /// <returns>The page.</returns>
    public Image<T> this[int channel, int slice, int frame] => pages[Metadata.PageOf(new PlaneIndex(channel, slice, frame))];

    /// <summary>The pages as one 3-D image (page <c>k</c> is plane <c>k</c>), e.g. a z-stack as a volume.</summary>
    /// <returns>A new height × width × pages image.</returns>
    public Image<T> ToVolume()
    {
        var volume = new Image<T>(Height, Width, pages.Length);
        for (int k = 0; k < pages.Length; k++)
        {
            pages[k].AsReadOnlySpan().CopyTo(volume.WritablePlane(k));
        }

        return volume;
    }

    /// <summary>The planes of a 3-D image as a stack (plane <c>k</c> becomes page <c>k</c>); a 2-D image gives one page.</summary>
    /// <param name="image">The image.</param>
    /// <param name="metadata">What the planes are; null for a movie.</param>
    /// <returns>The stack (the pages are copies).</returns>
    public static ImageStack<T> FromVolume(Image<T> image, ImageMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        var pages = new Image<T>[image.Depth];
        for (int k = 0; k < pages.Length; k++)
        {
            pages[k] = new Image<T>(image.Height, image.Width);
            image.Plane(k).CopyTo(pages[k].AsWritableSpan());
        }

        return new ImageStack<T>(pages, metadata);
    }

    /// <inheritdoc />
    public IEnumerator<Image<T>> GetEnumerator() => ((IEnumerable<Image<T>>)pages).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"ImageStack<{typeof(T).Name}>[{Count} × {Height}×{Width}]";
}
