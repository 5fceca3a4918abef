using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using DeepTrack.Fluent.IO.Formats;
using DeepTrack.Fluent.Tracking;

namespace DeepTrack.Fluent.IO;

/// <summary>
/// One picture (PNG) of a whole movie: its frames tiled row by row, left to right, optionally with their detections or
/// tracks drawn as <see cref="Overlay"/> draws them. Frame <c>k</c> of the list is frame number <c>k</c> of the tables.
/// </summary>
/// <remarks>All tiles share one gray scale (all frames' minimum to maximum unless given), so brightness can be compared between frames.</remarks>
public static class ContactSheet
{
    /// <summary>Writes the frames as tiles.</summary>
    /// <typeparam name="T">A real pixel type.</typeparam>
    /// <param name="path">The PNG file (created or replaced).</param>
    /// <param name="frames">The frames, 2-D and of one size.</param>
    /// <param name="columns">Tiles per row (≥ 1).</param>
    /// <param name="style">How to draw; null for <see cref="OverlayStyle.Default"/>.</param>
    /// <param name="range">The gray scale; null for the frames' minimum to maximum.</param>
    public static void WritePng<T>(string path, IReadOnlyList<Image<T>> frames, int columns, OverlayStyle? style = null, DisplayRange? range = null)
        where T : unmanaged, INumberBase<T>
        => Write(path, frames, columns, style, range, null);

    /// <summary>Writes the frames as tiles with each frame's detections circled.</summary>
    /// <typeparam name="T">A real pixel type.</typeparam>
    /// <param name="path">The PNG file (created or replaced).</param>
    /// <param name="frames">The frames.</param>
    /// <param name="detections">The detections (frame number = index in <paramref name="frames"/>).</param>
    /// <param name="columns">Tiles per row (≥ 1).</param>
    /// <param name="style">How to draw; null for <see cref="OverlayStyle.Default"/>.</param>
    /// <param name="range">The gray scale; null for the frames' minimum to maximum.</param>
    public static void WritePng<T>(string path, IReadOnlyList<Image<T>> frames, DetectionTable detections, int columns, OverlayStyle? style = null, DisplayRange? range = null)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(detections);
        Write(path, frames, columns, style, range, (canvas, frame, s) => canvas.DrawDetections(detections.InFrame(frame), s.DetectionColor));
    }

    /// <summary>Writes the frames as tiles with the tracks drawn on each.</summary>
    /// <typeparam name="T">A real pixel type.</typeparam>
    /// <param name="path">The PNG file (created or replaced).</param>
    /// <param name="frames">The frames.</param>
    /// <param name="tracks">The tracks (frame number = index in <paramref name="frames"/>).</param>
    /// <param name="columns">Tiles per row (≥ 1).</param>
    /// <param name="style">How to draw; null for <see cref="OverlayStyle.Default"/>.</param>
    /// <param name="range">The gray scale; null for the frames' minimum to maximum.</param>
    public static void WritePng<T>(string path, IReadOnlyList<Image<T>> frames, TrackTable tracks, int columns, OverlayStyle? style = null, DisplayRange? range = null)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(tracks);
        Write(path, frames, columns, style, range, (canvas, frame, _) => canvas.DrawTracks(tracks, frame));
    }

    /// <summary>The top-left picture pixel of tile <paramref name="index"/>.</summary>
    /// <param name="index">The frame's index.</param>
    /// <param name="columns">Tiles per row.</param>
    /// <param name="height">Frame rows.</param>
    /// <param name="width">Frame columns.</param>
    /// <param name="style">The style (zoom and gap).</param>
    /// <returns>(left, top) in picture pixels.</returns>
    public static (int Left, int Top) TileOrigin(int index, int columns, int height, int width, OverlayStyle? style = null)
    {
        style ??= OverlayStyle.Default;
        return ((index % columns) * ((width * style.Zoom) + style.TileGap), (index / columns) * ((height * style.Zoom) + style.TileGap));
    }

    private static void Write<T>(string path, IReadOnlyList<Image<T>> frames, int columns, OverlayStyle? style, DisplayRange? range, Action<Canvas, int, OverlayStyle>? draw)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        if (frames.Count == 0)
        {
            throw new ArgumentException("A contact sheet needs at least one frame.", nameof(frames));
        }

        if (frames.Any(f => f.Height != frames[0].Height || f.Width != frames[0].Width))
        {
            throw new ArgumentException($"Every frame must have the first frame's size, {frames[0]}.", nameof(frames));
        }

        style ??= OverlayStyle.Default;
        int height = frames[0].Height, width = frames[0].Width, rows = (frames.Count + columns - 1) / columns, across = Math.Min(columns, frames.Count);
        var scale = range ?? DisplayRange.Of([.. frames]);
        using var canvas = new Canvas(
            (across * width * style.Zoom) + ((across - 1) * style.TileGap),
            (rows * height * style.Zoom) + ((rows - 1) * style.TileGap),
            style);
        for (int k = 0; k < frames.Count; k++)
        {
            var (left, top) = TileOrigin(k, columns, height, width, style);
            canvas.DrawFrame(frames[k], scale, left, top);
            draw?.Invoke(canvas, k, style);
        }

        canvas.SavePng(path);
    }
}
