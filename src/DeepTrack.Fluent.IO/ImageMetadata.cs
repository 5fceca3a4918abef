using System;

namespace DeepTrack.Fluent.IO;

/// <summary>
/// What a microscopy file says about its pixels besides their values: the physical pixel size, the frame interval
/// and how its pages form a hyperstack of channels × slices × frames (read from and written as ImageJ or OME-TIFF
/// headers).
/// </summary>
public sealed record ImageMetadata
{
    /// <summary>No metadata: every page is a frame of a movie, sizes unknown.</summary>
    public static ImageMetadata None { get; } = new();

    /// <summary>The width of a pixel (along x, the columns), or null when the file does not say.</summary>
    public Length? PixelWidth { get; init; }

    /// <summary>The height of a pixel (along y, the rows), or null when the file does not say.</summary>
    public Length? PixelHeight { get; init; }

    /// <summary>The distance between z slices, or null.</summary>
    public Length? SliceSpacing { get; init; }

    /// <summary>The time between frames in seconds, or null.</summary>
    public double? FrameInterval { get; init; }

    /// <summary>The number of channels (≥ 1).</summary>
    public int Channels { get; init; } = 1;

    /// <summary>The number of z slices (≥ 1).</summary>
    public int Slices { get; init; } = 1;

    /// <summary>The number of time points (≥ 1); for a plain stack, its page count.</summary>
    public int Frames { get; init; } = 1;

    /// <summary>The order of the pages.</summary>
    public DimensionOrder Order { get; init; } = DimensionOrder.XYCZT;

    /// <summary>The number of pages the hyperstack has: channels × slices × frames.</summary>
    public int PlaneCount => checked(Channels * Slices * Frames);

    /// <summary>Metadata for a movie of <paramref name="frames"/> frames (one channel, one slice).</summary>
    /// <param name="frames">The number of frames.</param>
    /// <returns>The metadata.</returns>
    public static ImageMetadata Movie(int frames) => new() { Frames = frames };

    /// <summary>The page that holds a channel, slice and frame.</summary>
    /// <param name="index">The plane.</param>
    /// <returns>The page number (0-based).</returns>
    public int PageOf(PlaneIndex index)
    {
        if ((uint)index.Channel >= (uint)Channels || (uint)index.Slice >= (uint)Slices || (uint)index.Frame >= (uint)Frames)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The hyperstack has {Channels} channel(s), {Slices} slice(s) and {Frames} frame(s).");
        }

        var (sizes, values) = Axes((index.Channel, index.Slice, index.Frame));
        return values.Fastest + (sizes.Fastest * (values.Middle + (sizes.Middle * values.Slowest)));
    }

    /// <summary>The channel, slice and frame a page holds.</summary>
    /// <param name="page">The page number (0-based).</param>
    /// <returns>The plane.</returns>
    public PlaneIndex PlaneOf(int page)
    {
        if ((uint)page >= (uint)PlaneCount)
        {
            throw new ArgumentOutOfRangeException(nameof(page), page, $"The hyperstack has {PlaneCount} page(s).");
        }

        var (sizes, _) = Axes((0, 0, 0));
        int fastest = page % sizes.Fastest, middle = page / sizes.Fastest % sizes.Middle, slowest = page / (sizes.Fastest * sizes.Middle);
        return Order switch
        {
            DimensionOrder.XYZCT => new(middle, fastest, slowest),
            DimensionOrder.XYZTC => new(slowest, fastest, middle),
            DimensionOrder.XYCTZ => new(fastest, slowest, middle),
            DimensionOrder.XYCZT => new(fastest, middle, slowest),
            DimensionOrder.XYTCZ => new(middle, slowest, fastest),
            _ => new(slowest, middle, fastest),
        };
    }

    internal void Validate(string path)
    {
        if (Channels < 1 || Slices < 1 || Frames < 1)
        {
            throw new ImageFileException(path, $"a hyperstack needs at least one channel, slice and frame; got {Channels} × {Slices} × {Frames}.");
        }

        foreach (var (name, length) in new[] { ("PixelWidth", PixelWidth), ("PixelHeight", PixelHeight), ("SliceSpacing", SliceSpacing) })
        {
            if (length is Length value && !(value.Meters > 0 && double.IsFinite(value.Meters)))
            {
                throw new ImageFileException(path, $"{name} must be finite and > 0; got {value}.");
            }
        }

        if (FrameInterval is double interval && !(interval > 0 && double.IsFinite(interval)))
        {
            throw new ImageFileException(path, $"FrameInterval must be finite and > 0 seconds; got {interval}.");
        }
    }

    private ((int Fastest, int Middle, int Slowest) Sizes, (int Fastest, int Middle, int Slowest) Values) Axes((int C, int Z, int T) v)
        => Order switch
        {
            DimensionOrder.XYZCT => ((Slices, Channels, Frames), (v.Z, v.C, v.T)),
            DimensionOrder.XYZTC => ((Slices, Frames, Channels), (v.Z, v.T, v.C)),
            DimensionOrder.XYCTZ => ((Channels, Frames, Slices), (v.C, v.T, v.Z)),
            DimensionOrder.XYCZT => ((Channels, Slices, Frames), (v.C, v.Z, v.T)),
            DimensionOrder.XYTCZ => ((Frames, Channels, Slices), (v.T, v.C, v.Z)),
            _ => ((Frames, Slices, Channels), (v.T, v.Z, v.C)),
        };
}
