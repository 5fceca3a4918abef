using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeepTrack.Fluent;
using SkiaSharp;

namespace CellCounting;

/// <summary>The sample's figures.</summary>
public static class Plots
{
    /// <summary>The count error in percent against the true count, one marker series per method, with the ±3 % band.</summary>
    /// <param name="counts">The test images' counts.</param>
    /// <param name="path">The PNG written.</param>
    public static void CountErrors(IReadOnlyList<ImageCount> counts, string path)
    {
        var plot = new ScottPlot.Plot();
        double[] x = counts.Select(c => c.True).ToArray();
        foreach (var (name, error) in new (string, Func<ImageCount, double>)[]
        {
            ("U-Net density map", c => c.UNetErrorPercent),
            ("sum of pixels (calibrated on the training crops)", c => c.PixelSumErrorPercent),
            ("threshold + connected components", c => c.ThresholdErrorPercent),
        })
        {
            var series = plot.Add.ScatterPoints(x, counts.Select(error).ToArray());
            series.LegendText = name;
            series.MarkerSize = 8;
        }

        var upper = plot.Add.HorizontalLine(3);
        upper.LinePattern = ScottPlot.LinePattern.Dashed;
        upper.Color = ScottPlot.Colors.Gray;
        var lower = plot.Add.HorizontalLine(-3);
        lower.LinePattern = ScottPlot.LinePattern.Dashed;
        lower.Color = ScottPlot.Colors.Gray;
        plot.XLabel("true count (integral of the true density map)");
        plot.YLabel("count error (%)");
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        plot.SavePng(path, 900, 550);
    }

    /// <summary>One test image (grey), its true density map and the U-Net's (both on the same colour scale), side by side.</summary>
    /// <param name="image">The raw test image.</param>
    /// <param name="truth">The true density map.</param>
    /// <param name="predicted">The U-Net's density map.</param>
    /// <param name="count">The image's counts.</param>
    /// <param name="path">The PNG written.</param>
    public static void Example(Image<double> image, Image<double> truth, Image<double> predicted, ImageCount count, string path)
    {
        const int gap = 8, caption = 24;
        int height = image.Height, width = image.Width;
        using var bitmap = new SKBitmap(3 * width + 2 * gap, height + caption);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        var sorted = image.AsReadOnlySpan().ToArray();
        Array.Sort(sorted);
        double low = sorted[sorted.Length / 100], high = sorted[sorted.Length - 1 - sorted.Length / 1000];
        double top = Math.Max(truth.AsReadOnlySpan().ToArray().Max(), 1e-12);
        Draw(bitmap, image, 0, caption, v => Gray((v - low) / (high - low)));
        Draw(bitmap, truth, width + gap, caption, v => Heat(v / top));
        Draw(bitmap, predicted, 2 * (width + gap), caption, v => Heat(v / top));
        using var font = new SKFont(SKTypeface.Default, 16);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText("simulated image", width / 2f, caption - 6, SKTextAlign.Center, font, ink);
        canvas.DrawText($"true density: {count.True:F1} nuclei", width + gap + width / 2f, caption - 6, SKTextAlign.Center, font, ink);
        canvas.DrawText($"U-Net density: {count.UNet:F1} ({count.UNetErrorPercent:+0.0;-0.0} %)", 2 * (width + gap) + width / 2f, caption - 6, SKTextAlign.Center, font, ink);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }

    private static void Draw(SKBitmap bitmap, Image<double> image, int left, int top, Func<double, SKColor> colour)
    {
        for (int row = 0; row < image.Height; row++)
        {
            for (int column = 0; column < image.Width; column++)
            {
                bitmap.SetPixel(left + column, top + row, colour(image[row, column]));
            }
        }
    }

    private static SKColor Gray(double t)
    {
        byte v = (byte)Math.Clamp(255 * t, 0, 255);
        return new SKColor(v, v, v);
    }

    /// <summary>Black → red → yellow → white.</summary>
    private static SKColor Heat(double t)
    {
        t = Math.Clamp(t, 0, 1);
        return new SKColor((byte)(255 * Math.Clamp(3 * t, 0, 1)), (byte)(255 * Math.Clamp(3 * t - 1, 0, 1)), (byte)(255 * Math.Clamp(3 * t - 2, 0, 1)));
    }
}
