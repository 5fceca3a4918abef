using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeepTrack.Fluent;
using SkiaSharp;

namespace MultiParticleDetection;

/// <summary>The sample's figures.</summary>
public static class Plots
{
    /// <summary>F1 against SNR for each density, U-Net (solid) and band-pass detector (dashed).</summary>
    /// <param name="conditions">The scores.</param>
    /// <param name="path">The PNG written.</param>
    public static void F1VersusSnr(IReadOnlyList<ConditionResult> conditions, string path)
    {
        var plot = new ScottPlot.Plot();
        foreach (var group in conditions.GroupBy(c => c.Particles))
        {
            double[] x = group.Select(c => Math.Log10(c.Snr)).ToArray();
            var unet = plot.Add.Scatter(x, group.Select(c => c.UNet.F1).ToArray());
            unet.LegendText = $"U-Net, {group.Key} particles";
            var classical = plot.Add.Scatter(x, group.Select(c => c.Classical.F1).ToArray());
            classical.LegendText = $"band-pass, {group.Key} particles";
            classical.Color = unet.Color;
            classical.LinePattern = ScottPlot.LinePattern.Dashed;
        }

        plot.XLabel("log10 SNR");
        plot.YLabel("F1 (matching within 3 px)");
        plot.ShowLegend();
        plot.SavePng(path, 900, 550);
    }

    /// <summary>
    /// One test image per SNR (30 emitters, 2× enlarged): true positions (green circles), U-Net detections (red crosses),
    /// band-pass detections (blue dots).
    /// </summary>
    /// <param name="examples">Images with truth and both methods' detections.</param>
    /// <param name="levels">The SNR of each.</param>
    /// <param name="path">The PNG written.</param>
    public static void Examples(
        IReadOnlyList<(Image<double> Image, IReadOnlyList<PixelPosition> Truth, IReadOnlyList<PixelPosition> UNet, IReadOnlyList<PixelPosition> Classical)> examples,
        IReadOnlyList<double> levels,
        string path)
    {
        const int zoom = 2, size = Scene.Size * zoom, gap = 8, caption = 20;
        using var bitmap = new SKBitmap(examples.Count * (size + gap) - gap, size + caption);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var font = new SKFont(SKTypeface.Default, 14);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        for (int t = 0; t < examples.Count; t++)
        {
            var (image, truth, unet, classical) = examples[t];
            var sorted = image.AsReadOnlySpan().ToArray();
            Array.Sort(sorted);
            double low = sorted[sorted.Length / 100], high = sorted[sorted.Length - 1 - sorted.Length / 1000];
            int left = t * (size + gap);
            for (int row = 0; row < Scene.Size; row++)
            {
                for (int column = 0; column < Scene.Size; column++)
                {
                    byte gray = (byte)Math.Clamp(255 * (image[row, column] - low) / (high - low), 0, 255);
                    using var paint = new SKPaint { Color = new SKColor(gray, gray, gray) };
                    canvas.DrawRect(left + column * zoom, caption + row * zoom, zoom, zoom, paint);
                }
            }

            using var green = new SKPaint { Color = SKColors.LimeGreen, IsStroke = true, StrokeWidth = 1.5f, IsAntialias = true };
            using var red = new SKPaint { Color = SKColors.Red, StrokeWidth = 1.5f, IsAntialias = true };
            using var blue = new SKPaint { Color = SKColors.DeepSkyBlue, IsAntialias = true };
            foreach (var p in truth)
            {
                canvas.DrawCircle(X(left, p), Y(p), 3 * zoom, green);
            }

            foreach (var p in unet)
            {
                canvas.DrawLine(X(left, p) - 3, Y(p) - 3, X(left, p) + 3, Y(p) + 3, red);
                canvas.DrawLine(X(left, p) - 3, Y(p) + 3, X(left, p) + 3, Y(p) - 3, red);
            }

            foreach (var p in classical)
            {
                canvas.DrawCircle(X(left, p), Y(p), 1.5f, blue);
            }

            canvas.DrawText($"SNR {levels[t]}", left + size / 2, caption - 5, SKTextAlign.Center, font, ink);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());

        static float X(int left, PixelPosition p) => left + (float)((p.Column + 0.5) * zoom);
        static float Y(PixelPosition p) => caption + (float)((p.Row + 0.5) * zoom);
    }
}
