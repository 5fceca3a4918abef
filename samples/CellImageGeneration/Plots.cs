using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Tissue;
using SkiaSharp;

namespace CellImageGeneration;

/// <summary>The sample's figures.</summary>
public static class Plots
{
    /// <summary>Rows of (mask, generated, rendered) for unseen masks; the mask in colour (cytoplasm light grey, membrane black, mitochondria orange), the images in grey from −1 (black) to 1 (white).</summary>
    /// <param name="triples">The rows.</param>
    /// <param name="size">The image size.</param>
    /// <param name="path">The PNG written.</param>
    public static void Triples(IReadOnlyList<(Image<double> Mask, float[] Generated, float[] Rendered)> triples, int size, string path)
    {
        int zoom = Math.Max(1, 192 / size), tile = size * zoom;
        const int gap = 6, caption = 22;
        using var bitmap = new SKBitmap(3 * tile + 2 * gap, caption + triples.Count * (tile + gap) - gap);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var font = new SKFont(SKTypeface.Default, 15);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        string[] titles = ["mask", "generated", "rendered"];
        for (int k = 0; k < 3; k++)
        {
            canvas.DrawText(titles[k], k * (tile + gap) + tile / 2, caption - 6, SKTextAlign.Center, font, ink);
        }

        for (int t = 0; t < triples.Count; t++)
        {
            var (mask, generated, rendered) = triples[t];
            int top = caption + t * (tile + gap);
            var classes = mask.AsReadOnlySpan().ToArray();
            Paint(canvas, size, zoom, 0, top, i => classes[i] switch
            {
                TissueClass.Membrane => SKColors.Black,
                TissueClass.Mitochondrion => new SKColor(230, 140, 30),
                _ => new SKColor(215, 215, 215),
            });
            Paint(canvas, size, zoom, tile + gap, top, i => Gray(generated[i]));
            Paint(canvas, size, zoom, 2 * (tile + gap), top, i => Gray(rendered[i]));
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());

        static SKColor Gray(float v)
        {
            byte g = (byte)Math.Round(Math.Clamp((v + 1) / 2, 0, 1) * 255);
            return new SKColor(g, g, g);
        }
    }

    private static void Paint(SKCanvas canvas, int size, int zoom, int left, int top, Func<int, SKColor> color)
    {
        using var paint = new SKPaint();
        for (int row = 0; row < size; row++)
        {
            for (int column = 0; column < size; column++)
            {
                paint.Color = color(row * size + column);
                canvas.DrawRect(left + column * zoom, top + row * zoom, zoom, zoom, paint);
            }
        }
    }

    /// <summary>The generator's and discriminator's losses and the MAE per epoch.</summary>
    /// <param name="epochs">The losses.</param>
    /// <param name="path">The PNG written.</param>
    public static void Losses(IReadOnlyList<EpochLosses> epochs, string path)
    {
        var plot = new ScottPlot.Plot();
        double[] x = epochs.Select(e => (double)e.Epoch).ToArray();
        plot.Add.ScatterLine(x, epochs.Select(e => e.Generator).ToArray()).LegendText = "generator l_G = 0.8·MAE + (1 − D(G(c)))²";
        plot.Add.ScatterLine(x, epochs.Select(e => e.Discriminator).ToArray()).LegendText = "discriminator l_D = D(G(c))² + (1 − D(y))²";
        plot.Add.ScatterLine(x, epochs.Select(e => e.MeanAbsoluteError).ToArray()).LegendText = "MAE (training)";
        plot.XLabel("epoch");
        plot.YLabel("loss (mean over the epoch's mini-batches)");
        plot.ShowLegend(ScottPlot.Alignment.MiddleRight);
        plot.SavePng(path, 900, 550);
    }

    /// <summary>Per-class intensity histograms of rendered (solid) and generated (dashed) test images.</summary>
    /// <param name="classes">The class scores.</param>
    /// <param name="path">The PNG written.</param>
    public static void Histograms(IReadOnlyList<ClassScore> classes, string path)
    {
        var plot = new ScottPlot.Plot();
        foreach (var c in classes)
        {
            int bins = c.RenderedHistogram.Count;
            double[] x = Enumerable.Range(0, bins).Select(b => -1 + (b + 0.5) * 2.0 / bins).ToArray();
            var rendered = plot.Add.ScatterLine(x, c.RenderedHistogram.ToArray());
            rendered.LegendText = $"{c.Name}, rendered";
            var generated = plot.Add.ScatterLine(x, c.GeneratedHistogram.ToArray());
            generated.LegendText = $"{c.Name}, generated (intersection {c.Intersection:F2})";
            generated.Color = rendered.Color;
            generated.LinePattern = ScottPlot.LinePattern.Dashed;
        }

        plot.XLabel("intensity (−1 … 1)");
        plot.YLabel("fraction of the class's pixels");
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        plot.SavePng(path, 900, 550);
    }
}
