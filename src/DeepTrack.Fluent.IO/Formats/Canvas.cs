using System;
using System.Collections.Generic;
using System.IO;
using System.Numerics;
using DeepTrack.Fluent.Tracking;
using SkiaSharp;

namespace DeepTrack.Fluent.IO.Formats;

/// <summary>An RGB picture (SkiaSharp) on which frames are drawn in gray and detections and tracks in colour, without antialiasing so that every drawn pixel has its exact colour.</summary>
internal sealed class Canvas : IDisposable
{
    private readonly SKBitmap bitmap;
    private readonly SKCanvas canvas;
    private readonly OverlayStyle style;
    private int left;
    private int top;

    public Canvas(int width, int height, OverlayStyle style)
    {
        if (style.Zoom < 1 || !(style.MarkerRadius > 0) || !(style.LineWidth > 0) || style.TrailLength < 0 || style.TileGap < 0)
        {
            throw new ArgumentException($"The overlay style needs Zoom ≥ 1, MarkerRadius > 0, LineWidth > 0, TrailLength ≥ 0 and TileGap ≥ 0; got {style}.", nameof(style));
        }

        this.style = style;
        bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Black);
    }

    /// <summary>Draws a frame in gray with its top-left corner at (left, top) picture pixels, and clips what follows to it.</summary>
    public void DrawFrame<T>(Image<T> frame, DisplayRange range, int left, int top)
        where T : unmanaged, INumberBase<T>
    {
        if (frame.Rank != 2)
        {
            throw new ArgumentException($"Overlays are drawn on 2-D frames; {frame} is 3-D.", nameof(frame));
        }

        var pixels = frame.AsReadOnlySpan();
        var target = bitmap.GetPixelSpan();
        int zoom = style.Zoom;
        for (int row = 0; row < frame.Height; row++)
        {
            for (int column = 0; column < frame.Width; column++)
            {
                byte gray = range.Gray(double.CreateChecked(pixels[(row * frame.Width) + column]));
                for (int dy = 0; dy < zoom; dy++)
                {
                    var line = target.Slice(((top + (row * zoom) + dy) * bitmap.RowBytes) + ((left + (column * zoom)) * 4), zoom * 4);
                    for (int dx = 0; dx < zoom; dx++)
                    {
                        line[(dx * 4) + 0] = gray;
                        line[(dx * 4) + 1] = gray;
                        line[(dx * 4) + 2] = gray;
                        line[(dx * 4) + 3] = 255;
                    }
                }
            }
        }

        bitmap.NotifyPixelsChanged();
        canvas.Restore();
        canvas.Save();
        canvas.ClipRect(SKRect.Create(left, top, frame.Width * zoom, frame.Height * zoom));
        this.left = left;
        this.top = top;
    }

    /// <summary>Circles the detections of one frame in one colour.</summary>
    public void DrawDetections(ReadOnlySpan<Detection> detections, uint color)
    {
        using var paint = Stroke(color);
        foreach (var detection in detections)
        {
            canvas.DrawCircle(At(detection), (float)(style.MarkerRadius * style.Zoom), paint);
        }
    }

    /// <summary>Draws each track present in <paramref name="frame"/>: its trail over the previous frames and a circle at its detection.</summary>
    public void DrawTracks(TrackTable tracks, int frame)
    {
        foreach (var track in tracks.Tracks)
        {
            if (!track.TryGet(frame, out var current))
            {
                continue;
            }

            uint color = OverlayStyle.TrackColor(track.Particle);
            using var paint = Stroke(color);
            var trail = new List<SKPoint>();
            foreach (var detection in track.Detections)
            {
                if (detection.Frame >= frame - style.TrailLength && detection.Frame <= frame)
                {
                    trail.Add(At(detection));
                }
            }

            for (int i = 1; i < trail.Count; i++)
            {
                canvas.DrawLine(trail[i - 1], trail[i], paint);
            }

            canvas.DrawCircle(At(current), (float)(style.MarkerRadius * style.Zoom), paint);
        }
    }

    public void SavePng(string path)
    {
        canvas.Flush();
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new ImageFileException(path, "SkiaSharp could not encode the picture as PNG.");
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    public void Dispose()
    {
        canvas.Dispose();
        bitmap.Dispose();
    }

    /// <summary>The picture point of a detection: pixel centres are at integer positions, so (x, y) is drawn at (x + ½, y + ½) × zoom.</summary>
    private SKPoint At(Detection detection) => new((float)(left + ((detection.X + 0.5) * style.Zoom)), (float)(top + ((detection.Y + 0.5) * style.Zoom)));

    private SKPaint Stroke(uint color) => new()
    {
        Color = new SKColor((byte)(color >> 16), (byte)(color >> 8), (byte)color),
        Style = SKPaintStyle.Stroke,
        StrokeWidth = style.LineWidth,
        IsAntialias = false,
    };
}
