using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.IO;

namespace ParticleCharacterization;

/// <summary>The sample's figures.</summary>
public static class Plots
{
    /// <summary>Predicted against true radius (<c>scatter_radius.png</c>) and refractive index (<c>scatter_index.png</c>) on the test fields.</summary>
    /// <param name="truth">True values.</param>
    /// <param name="predicted">Predictions.</param>
    /// <param name="folder">The folder the PNGs go to.</param>
    public static void Scatter(IReadOnlyList<(double Radius, double Index)> truth, IReadOnlyList<(double Radius, double Index)> predicted, string folder)
    {
        Panel(truth.Select(t => t.Radius).ToArray(), predicted.Select(p => p.Radius).ToArray(), "radius (nm)", Path.Combine(folder, "scatter_radius.png"));
        Panel(truth.Select(t => t.Index).ToArray(), predicted.Select(p => p.Index).ToArray(), "refractive index", Path.Combine(folder, "scatter_index.png"));

        static void Panel(double[] x, double[] y, string what, string path)
        {
            var plot = new ScottPlot.Plot();
            var points = plot.Add.ScatterPoints(x, y);
            points.MarkerSize = 4;
            double low = Math.Min(x.Min(), y.Min()), high = Math.Max(x.Max(), y.Max());
            var identity = plot.Add.Line(low, low, high, high);
            identity.LineColor = ScottPlot.Colors.Gray;
            plot.XLabel($"true {what}");
            plot.YLabel($"predicted {what}");
            plot.SavePng(path, 600, 560);
        }
    }

    /// <summary>The two-population experiment: each particle's average (radius, index), one colour per population, and the true values.</summary>
    /// <param name="populations">The populations.</param>
    /// <param name="path">The PNG written.</param>
    public static void Populations(IReadOnlyList<PopulationResult> populations, string path)
    {
        var plot = new ScottPlot.Plot();
        foreach (var population in populations)
        {
            var points = plot.Add.ScatterPoints(population.ParticleAverages.Select(a => a[0]).ToArray(), population.ParticleAverages.Select(a => a[1]).ToArray());
            points.LegendText = $"{population.TrueRadius:F0} nm polystyrene (per-particle averages)";
            points.MarkerSize = 7;
            var truth = plot.Add.ScatterPoints(new[] { population.TrueRadius }, new[] { population.TrueIndex });
            truth.Color = ScottPlot.Colors.Black;
            truth.MarkerShape = ScottPlot.MarkerShape.Cross;
            truth.MarkerSize = 14;
        }

        plot.XLabel("radius (nm)");
        plot.YLabel("refractive index");
        plot.ShowLegend();
        plot.SavePng(path, 800, 550);
    }

    /// <summary>The real and imaginary parts of test fields (one column per field, one gray scale per part; the titles are in results.json).</summary>
    /// <param name="fields">Fields.</param>
    /// <param name="truth">Their true values.</param>
    /// <param name="predicted">Their predictions.</param>
    /// <param name="path">The PNG written.</param>
    public static void Examples(IReadOnlyList<Image<double>> fields, IReadOnlyList<(double Radius, double Index)> truth, IReadOnlyList<(double Radius, double Index)> predicted, string path)
    {
        var planes = new List<Image<double>>();
        foreach (int part in new[] { 0, 1 })
        {
            foreach (var field in fields)
            {
                var plane = new Image<double>(field.Height, field.Width);
                field.Plane(part).CopyTo(plane.AsWritableSpan());
                planes.Add(plane);
            }
        }

        ContactSheet.WritePng(path, planes, columns: fields.Count, new OverlayStyle { Zoom = 3 });
    }
}
