using System;
using System.Numerics;
using DeepTrack.Fluent.IO.Formats;
using DeepTrack.Fluent.Tracking;

namespace DeepTrack.Fluent.IO;

/// <summary>
/// Pictures (PNG) of one frame of a movie in gray with its detections circled, or its tracks drawn in colour, to
/// check detection and linking by eye.
/// </summary>
/// <remarks>
/// A detection at (x, y) is drawn on the pixel of column x and row y (pixel centres at integer positions, as
/// <see cref="PixelPosition"/>). Each track has its own colour (<see cref="OverlayStyle.TrackColor"/>) and a trail
/// through its last <see cref="OverlayStyle.TrailLength"/> frames.
/// </remarks>
public static class Overlay
{
    /// <summary>Writes a frame with the detections of that frame circled.</summary>
    /// <typeparam name="T">A real pixel type.</typeparam>
    /// <param name="path">The PNG file (created or replaced).</param>
    /// <param name="image">The frame.</param>
    /// <param name="detections">The detections of the movie (those of <paramref name="frame"/> are drawn).</param>
    /// <param name="frame">The frame number of <paramref name="image"/>.</param>
    /// <param name="style">How to draw; null for <see cref="OverlayStyle.Default"/>.</param>
    /// <param name="range">The gray scale; null for the frame's minimum to maximum.</param>
    public static void WritePng<T>(string path, Image<T> image, DetectionTable detections, int frame, OverlayStyle? style = null, DisplayRange? range = null)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(detections);
        style ??= OverlayStyle.Default;
        using var canvas = new Canvas(image.Width * style.Zoom, image.Height * style.Zoom, style);
        canvas.DrawFrame(image, range ?? DisplayRange.Of(image), 0, 0);
        canvas.DrawDetections(detections.InFrame(frame), style.DetectionColor);
        canvas.SavePng(path);
    }

    /// <summary>Writes a frame with its tracks: each detection of the frame circled in its track's colour, with the track's trail.</summary>
    /// <typeparam name="T">A real pixel type.</typeparam>
    /// <param name="path">The PNG file (created or replaced).</param>
    /// <param name="image">The frame.</param>
    /// <param name="tracks">The tracks of the movie.</param>
    /// <param name="frame">The frame number of <paramref name="image"/>.</param>
    /// <param name="style">How to draw; null for <see cref="OverlayStyle.Default"/>.</param>
    /// <param name="range">The gray scale; null for the frame's minimum to maximum.</param>
    public static void WritePng<T>(string path, Image<T> image, TrackTable tracks, int frame, OverlayStyle? style = null, DisplayRange? range = null)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(tracks);
        style ??= OverlayStyle.Default;
        using var canvas = new Canvas(image.Width * style.Zoom, image.Height * style.Zoom, style);
        canvas.DrawFrame(image, range ?? DisplayRange.Of(image), 0, 0);
        canvas.DrawTracks(tracks, frame);
        canvas.SavePng(path);
    }
}
