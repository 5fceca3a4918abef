using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Analysis;
using DeepTrack.Fluent.Physics.Mie;
using SkiaSharp;
using TorchSharp;
using static TorchSharp.torch;

namespace ParticleLocalization;

/// <summary>The sample's figures.</summary>
public static class Plots
{
    /// <summary>Mean error of the methods against the SNR (logarithmic axes, drawn as log₁₀ values).</summary>
    public static void ErrorVersusSnr(IReadOnlyList<SnrResult> rows, string path)
    {
        var plot = new ScottPlot.Plot();
        double[] x = rows.Select(r => Math.Log10(r.SignalToNoise)).ToArray();
        var cnn = plot.Add.Scatter(x, rows.Select(r => Math.Log10(r.CnnError)).ToArray());
        cnn.LegendText = "CNN, refined";
        var first = plot.Add.Scatter(x, rows.Select(r => Math.Log10(r.FirstNetworkError)).ToArray());
        first.LegendText = "first network alone";
        var radial = plot.Add.Scatter(x, rows.Select(r => Math.Log10(r.RadialCenterError)).ToArray());
        radial.LegendText = "radial center";
        var centroid = plot.Add.Scatter(x, rows.Select(r => Math.Log10(r.CentroidError)).ToArray());
        centroid.LegendText = "centroid";
        plot.XLabel("log10 SNR");
        plot.YLabel("log10 mean error (pixels)");
        plot.ShowLegend();
        plot.SavePng(path, 800, 500);
    }

    /// <summary>
    /// One test particle at each SNR level (4× enlarged): true position (green), the refined CNN estimate (red) and
    /// radial center (blue).
    /// </summary>
    public static void Examples(nn.Module<Tensor, Tensor> model, nn.Module<Tensor, Tensor> refinement, MieSphere particle, IReadOnlyList<double> levels, ulong seed, string path)
    {
        const int zoom = 4, size = 51 * zoom, gap = 6;
        using var bitmap = new SKBitmap(levels.Count * (size + gap) - gap, size);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        for (int t = 0; t < levels.Count; t++)
        {
            var pipeline = Microscope.Image(particle, levels[t]).Build(seed);
            var image = pipeline.Sample(0);
            var truth = image.Get(particle, p => p.Position).Single();
            var cnn = Localization.Locate(model, refinement, [image], particle).Refined[0];
            var radial = RadialCenter.Locate(image.AsReadOnlySpan(), image.Height, image.Width);
            var pixels = image.AsReadOnlySpan();
            double low = double.MaxValue, high = double.MinValue;
            foreach (double v in pixels)
            {
                low = Math.Min(low, v);
                high = Math.Max(high, v);
            }

            int left = t * (size + gap);
            for (int row = 0; row < 51; row++)
            {
                for (int column = 0; column < 51; column++)
                {
                    byte gray = (byte)Math.Clamp(255 * (image[row, column] - low) / (high - low), 0, 255);
                    using var paint = new SKPaint { Color = new SKColor(gray, gray, gray) };
                    canvas.DrawRect(left + column * zoom, row * zoom, zoom, zoom, paint);
                }
            }

            Mark(canvas, left, truth.Column, truth.Row, SKColors.LimeGreen);
            Mark(canvas, left, cnn.X, cnn.Y, SKColors.Red);
            if (double.IsFinite(radial.X) && double.IsFinite(radial.Y))
            {
                Mark(canvas, left, radial.X, radial.Y, SKColors.DeepSkyBlue);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());

        static void Mark(SKCanvas canvas, int left, double x, double y, SKColor color)
        {
            using var paint = new SKPaint { Color = color, IsStroke = true, StrokeWidth = 2, IsAntialias = true };
            canvas.DrawCircle(left + (float)((x + 0.5) * zoom), (float)((y + 0.5) * zoom), 6, paint);
        }
    }
}
