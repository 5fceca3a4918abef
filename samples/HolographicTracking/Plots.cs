using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.IO;

namespace HolographicTracking;

/// <summary>The sample's figures.</summary>
public static class Plots
{
    /// <summary>Lateral error (top: the U-Net's detections and the refined ones) and axial error (bottom: median |Δz| of the U-Net and refined, and the refined mean Δz, the bias) per 2-µm interval of true z.</summary>
    /// <param name="depths">The intervals.</param>
    /// <param name="path">The PNG written.</param>
    public static void ErrorsByDepth(IReadOnlyList<DepthBin> depths, string path)
    {
        var used = depths.Where(d => d.Matched > 0).ToArray();
        double[] z = used.Select(d => (d.From + d.To) / 2).ToArray();
        var multiplot = new ScottPlot.Multiplot();
        ScottPlot.IMultiplotExtensions.AddPlots(multiplot, 2);
        var plots = ScottPlot.IMultiplotExtensions.GetPlots(multiplot);
        var unrefined = plots[0].Add.Scatter(z, used.Select(d => d.MedianUnrefinedLateralError).ToArray());
        unrefined.LegendText = "median lateral error, U-Net alone";
        var lateral = plots[0].Add.Scatter(z, used.Select(d => d.MedianLateralError).ToArray());
        lateral.LegendText = "median lateral error, refined";
        plots[0].YLabel("lateral error (px)");
        plots[0].ShowLegend();
        var unrefinedAxial = plots[1].Add.Scatter(z, used.Select(d => d.MedianUnrefinedAxialError).ToArray());
        unrefinedAxial.LegendText = "median |Δz|, U-Net alone";
        var absolute = plots[1].Add.Scatter(z, used.Select(d => d.MedianAxialError).ToArray());
        absolute.LegendText = "median |Δz|, refined";
        var bias = plots[1].Add.Scatter(z, used.Select(d => d.MeanAxialError).ToArray());
        bias.LegendText = "mean Δz, refined (bias)";
        plots[1].Add.HorizontalLine(0).Color = ScottPlot.Colors.Gray;
        plots[1].XLabel("true z (µm)");
        plots[1].YLabel("axial error (µm)");
        plots[1].ShowLegend();
        ScottPlot.IMultiplotExtensions.SavePng(multiplot, path, 800, 800);
    }

    /// <summary>Detected against true z of every matched test particle, with the identity line.</summary>
    /// <param name="matched">The matched particles.</param>
    /// <param name="path">The PNG written.</param>
    public static void DepthScatter(IReadOnlyList<MatchedParticle> matched, string path)
    {
        var plot = new ScottPlot.Plot();
        foreach (var radius in matched.Select(m => m.RadiusNm).Distinct().Order())
        {
            var points = plot.Add.ScatterPoints(matched.Where(m => m.RadiusNm == radius).Select(m => m.TrueZ).ToArray(),
                matched.Where(m => m.RadiusNm == radius).Select(m => m.TrueZ + m.AxialError).ToArray());
            points.MarkerSize = 4;
            points.LegendText = $"{radius:F0} nm";
        }

        var identity = plot.Add.Line(Hologram.MinimumZ, Hologram.MinimumZ, Hologram.MaximumZ, Hologram.MaximumZ);
        identity.LineColor = ScottPlot.Colors.Gray;
        plot.XLabel("true z (µm)");
        plot.YLabel("detected z (µm)");
        plot.ShowLegend();
        plot.SavePng(path, 650, 600);
    }

    /// <summary>The movie: x, y and z of every particle against the frame, truth as lines and the linked track as dots.</summary>
    /// <param name="tracks">The movie's particles.</param>
    /// <param name="path">The PNG written.</param>
    public static void Tracks(IReadOnlyList<TrackResult> tracks, string path)
    {
        var multiplot = new ScottPlot.Multiplot();
        ScottPlot.IMultiplotExtensions.AddPlots(multiplot, 3);
        var plots = ScottPlot.IMultiplotExtensions.GetPlots(multiplot);
        var axes = new (string Label, Func<Particle3D, double> Value)[] { ("x (px)", p => p.Column), ("y (px)", p => p.Row), ("z (µm)", p => p.Z) };
        for (int a = 0; a < axes.Length; a++)
        {
            var palette = new ScottPlot.Palettes.Category10();
            foreach (var track in tracks)
            {
                var color = palette.GetColor(track.Particle);
                double[] frames = Enumerable.Range(0, track.Truth.Count).Select(f => (double)f).ToArray();
                var line = plots[a].Add.ScatterLine(frames, track.Truth.Select(axes[a].Value).ToArray());
                line.Color = color;
                line.LegendText = a == 0 ? $"particle {track.Particle} (truth)" : "";
                var found = track.Tracked.Select((p, f) => (p, f)).Where(x => x.p is not null).ToArray();
                var dots = plots[a].Add.ScatterPoints(found.Select(x => (double)x.f).ToArray(), found.Select(x => axes[a].Value(x.p!)).ToArray());
                dots.Color = color;
                dots.MarkerSize = 6;
                dots.LegendText = a == 0 ? $"track {track.Track}" : "";
            }

            plots[a].YLabel(axes[a].Label);
        }

        plots[2].XLabel("frame");
        plots[0].ShowLegend(ScottPlot.Alignment.UpperRight);
        ScottPlot.IMultiplotExtensions.SavePng(multiplot, path, 900, 1000);
    }

    /// <summary>A test hologram, the maximum over z of the predicted volume, and that of its label (each in its own gray scale).</summary>
    /// <param name="hologram">The hologram.</param>
    /// <param name="predicted">The predicted volume (probabilities).</param>
    /// <param name="label">The label volume.</param>
    /// <param name="path">The PNG written.</param>
    public static void Example(Image<double> hologram, Image<double> predicted, Image<double> label, string path)
        => ContactSheet.WritePng(path, [hologram, MaximumOverZ(predicted), MaximumOverZ(label)], columns: 3, new OverlayStyle { Zoom = 4 });

    private static Image<double> MaximumOverZ(Image<double> volume)
    {
        var result = new Image<double>(volume.Height, volume.Width);
        var target = result.AsWritableSpan();
        for (int z = 0; z < volume.Depth; z++)
        {
            var plane = volume.Plane(z);
            for (int i = 0; i < plane.Length; i++)
            {
                target[i] = Math.Max(target[i], plane[i]);
            }
        }

        return result;
    }
}
