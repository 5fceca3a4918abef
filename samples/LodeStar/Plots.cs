using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeepTrack.Fluent;
using SkiaSharp;

namespace LodeStarSample;

/// <summary>The sample's figures.</summary>
public static class Plots
{
    /// <summary>RMSE of every method and the Cramér–Rao bound against the SNR (logarithmic axes, drawn as log₁₀ values).</summary>
    /// <param name="rows">The localisation study.</param>
    /// <param name="path">The PNG file.</param>
    public static void ErrorVersusSnr(IReadOnlyList<LevelResult> rows, string path)
    {
        var plot = new ScottPlot.Plot();
        double[] x = [.. rows.Select(r => Math.Log10(r.Snr))];
        void Series(string name, Func<LevelResult, double> value, bool dashed = false)
        {
            var points = rows.Select((r, i) => (X: x[i], Y: value(r))).Where(p => double.IsFinite(p.Y) && p.Y > 0).ToArray();
            if (points.Length == 0)
            {
                return;
            }

            var scatter = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => Math.Log10(p.Y)).ToArray());
            scatter.LegendText = name;
            if (dashed)
            {
                scatter.LinePattern = ScottPlot.LinePattern.Dashed;
                scatter.MarkerSize = 0;
            }
        }

        Series("LodeSTAR (one crop, no labels)", r => r.LodeStar);
        Series("supervised CNN (§IV.2)", r => r.Cnn);
        Series("radial center", r => r.RadialCenter);
        Series("centroid", r => r.Centroid);
        Series("Cramér–Rao bound", r => r.CramerRao, dashed: true);
        Series("2 × Cramér–Rao bound", r => 2 * r.CramerRao, dashed: true);
        plot.XLabel("log10 SNR");
        plot.YLabel("log10 RMSE (pixels)");
        plot.ShowLegend();
        plot.SavePng(path, 900, 560);
    }

    /// <summary>LodeSTAR's precision, recall and F1 against the number of emitters per frame.</summary>
    /// <param name="rows">The detection study.</param>
    /// <param name="path">The PNG file.</param>
    public static void F1VersusDensity(IReadOnlyList<DensityResult> rows, string path)
    {
        var plot = new ScottPlot.Plot();
        double[] x = [.. rows.Select(r => (double)r.Particles)];
        plot.Add.Scatter(x, rows.Select(r => r.F1).ToArray()).LegendText = "F1";
        plot.Add.Scatter(x, rows.Select(r => r.Precision).ToArray()).LegendText = "precision";
        plot.Add.Scatter(x, rows.Select(r => r.Recall).ToArray()).LegendText = "recall";
        plot.XLabel("emitters per 64×64 frame");
        plot.YLabel("score");
        plot.Axes.SetLimitsY(0, 1.05);
        plot.ShowLegend();
        plot.SavePng(path, 800, 500);
    }

    /// <summary>One frame (4× enlarged) with the true emitters (green circles) and LodeSTAR's detections (red crosses).</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="truth">The true positions.</param>
    /// <param name="found">The detections.</param>
    /// <param name="path">The PNG file.</param>
    public static void Detections(Image<double> frame, IReadOnlyList<PixelPosition> truth, IReadOnlyList<PixelPosition> found, string path)
    {
        const int zoom = 4;
        using var bitmap = new SKBitmap(frame.Width * zoom, frame.Height * zoom);
        using var canvas = new SKCanvas(bitmap);
        var pixels = frame.AsReadOnlySpan();
        double low = pixels.ToArray().Min(), high = pixels.ToArray().Max();
        for (int row = 0; row < frame.Height; row++)
        {
            for (int column = 0; column < frame.Width; column++)
            {
                byte gray = (byte)Math.Clamp(255 * (frame[row, column] - low) / Math.Max(high - low, 1e-12), 0, 255);
                using var paint = new SKPaint { Color = new SKColor(gray, gray, gray) };
                canvas.DrawRect(column * zoom, row * zoom, zoom, zoom, paint);
            }
        }

        using var green = new SKPaint { Color = SKColors.LimeGreen, IsStroke = true, StrokeWidth = 2, IsAntialias = true };
        foreach (var p in truth)
        {
            canvas.DrawCircle((float)((p.Column + 0.5) * zoom), (float)((p.Row + 0.5) * zoom), 3 * zoom, green);
        }

        using var red = new SKPaint { Color = SKColors.Red, IsStroke = true, StrokeWidth = 2, IsAntialias = true };
        foreach (var p in found)
        {
            float x = (float)((p.Column + 0.5) * zoom), y = (float)((p.Row + 0.5) * zoom);
            canvas.DrawLine(x - 5, y, x + 5, y, red);
            canvas.DrawLine(x, y - 5, x, y + 5, red);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
