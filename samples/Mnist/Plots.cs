using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeepTrack.Fluent.Torch;
using SkiaSharp;

namespace Mnist;

/// <summary>The sample's figures.</summary>
public static class Plots
{
    /// <summary>Training and test loss, and test accuracy, per epoch.</summary>
    /// <param name="history">The training history.</param>
    /// <param name="path">The PNG written.</param>
    public static void Curves(TrainingHistory history, string path)
    {
        var plot = new ScottPlot.Plot();
        double[] epochs = history.Epochs.Select(e => e.Epoch + 1.0).ToArray();
        var training = plot.Add.Scatter(epochs, history.Epochs.Select(e => e.TrainingLoss).ToArray());
        training.LegendText = "training loss (augmented)";
        var test = plot.Add.Scatter(epochs, history.Epochs.Select(e => e.ValidationLoss ?? double.NaN).ToArray());
        test.LegendText = "test loss";
        var accuracy = plot.Add.Scatter(epochs, history.Epochs.Select(e => 1 - e.Metrics[Metric.Accuracy.Name]).ToArray());
        accuracy.LegendText = "test error rate (1 − accuracy)";
        plot.XLabel("epoch");
        plot.YLabel("cross-entropy / error rate");
        plot.ShowLegend();
        plot.SavePng(path, 800, 500);
    }

    /// <summary>The confusion matrix: rows the true digit, columns the predicted one, counts written in the cells.</summary>
    /// <param name="confusion">Counts [true][predicted].</param>
    /// <param name="path">The PNG written.</param>
    public static void ConfusionMatrix(int[][] confusion, string path)
    {
        const int cell = 44, margin = 60;
        using var bitmap = new SKBitmap(margin + 10 * cell + 10, margin + 10 * cell + 10);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var font = new SKFont(SKTypeface.Default, 14);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        int offDiagonalMax = Math.Max(1, confusion.SelectMany((row, t) => row.Where((_, p) => p != t)).DefaultIfEmpty(1).Max());
        for (int t = 0; t < 10; t++)
        {
            canvas.DrawText($"{t}", margin - 20, margin + t * cell + cell / 2 + 5, SKTextAlign.Center, font, ink);
            canvas.DrawText($"{t}", margin + t * cell + cell / 2, margin - 10, SKTextAlign.Center, font, ink);
            for (int p = 0; p < 10; p++)
            {
                // Diagonal cells green, errors red with strength relative to the most frequent error.
                double strength = t == p ? 0.5 : Math.Sqrt(confusion[t][p] / (double)offDiagonalMax);
                byte fade = (byte)(255 * (1 - strength));
                using var fill = new SKPaint { Color = t == p ? new SKColor(fade, 255, fade) : new SKColor(255, fade, fade) };
                canvas.DrawRect(margin + p * cell, margin + t * cell, cell - 1, cell - 1, fill);
                if (confusion[t][p] > 0)
                {
                    canvas.DrawText($"{confusion[t][p]}", margin + p * cell + cell / 2, margin + t * cell + cell / 2 + 5, SKTextAlign.Center, font, ink);
                }
            }
        }

        canvas.DrawText("predicted", margin + 5 * cell, 18, SKTextAlign.Center, font, ink);
        canvas.Save();
        canvas.RotateDegrees(-90);
        canvas.DrawText("true", -(margin + 5 * cell), 18, SKTextAlign.Center, font, ink);
        canvas.Restore();
        Save(bitmap, path);
    }

    /// <summary>Up to 40 misclassified test digits (3× enlarged), each captioned "true→predicted".</summary>
    /// <param name="test">The test digits.</param>
    /// <param name="predicted">The predicted class of each.</param>
    /// <param name="path">The PNG written.</param>
    public static void Errors(IReadOnlyList<Digit> test, IReadOnlyList<int> predicted, string path)
    {
        const int zoom = 3, size = 28 * zoom, caption = 18, columns = 10;
        var wrong = Enumerable.Range(0, test.Count).Where(i => predicted[i] != test[i].Label).Take(40).ToArray();
        int rows = Math.Max(1, (wrong.Length + columns - 1) / columns);
        using var bitmap = new SKBitmap(columns * (size + 4), rows * (size + caption + 4));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var font = new SKFont(SKTypeface.Default, 14);
        using var ink = new SKPaint { Color = SKColors.Red, IsAntialias = true };
        for (int k = 0; k < wrong.Length; k++)
        {
            int left = k % columns * (size + 4), top = k / columns * (size + caption + 4);
            var digit = test[wrong[k]];
            for (int r = 0; r < 28; r++)
            {
                for (int c = 0; c < 28; c++)
                {
                    byte gray = (byte)(255 * (1 - Math.Clamp(digit.Image[r, c], 0, 1)));
                    using var paint = new SKPaint { Color = new SKColor(gray, gray, gray) };
                    canvas.DrawRect(left + c * zoom, top + r * zoom, zoom, zoom, paint);
                }
            }

            canvas.DrawText($"{digit.Label}→{predicted[wrong[k]]}", left + size / 2, top + size + caption - 3, SKTextAlign.Center, font, ink);
        }

        Save(bitmap, path);
    }

    private static void Save(SKBitmap bitmap, string path)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
