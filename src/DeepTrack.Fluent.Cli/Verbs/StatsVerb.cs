using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Spectre.Console;

namespace DeepTrack.Fluent.Cli.Verbs;

/// <summary><c>stats</c>: the distribution of every numeric property drawn for many samples, read from their ground truth.</summary>
internal sealed class StatsVerb : AppVerb
{
    public override string Name => "stats";

    public override Command CreateCommand(VerbContext context)
    {
        var count = VerbOptions.Count("How many samples to draw.", 1000);
        var start = VerbOptions.Start();
        var bins = new Option<int>("--bins") { Description = "Histogram bins per property.", HelpName = "n", DefaultValueFactory = _ => 20 };
        VerbOptions.AtLeast(bins, 1);
        var json = new Option<string?>("--json") { Description = "Also write every histogram to this JSON file.", HelpName = "file" };
        var threads = VerbOptions.Threads();
        var command = new Command(Name, "Histograms of the properties drawn for many samples (positions in pixels, lengths in metres, angles in radians), from their ground truth.")
        {
            count, start, bins, json, threads,
        };
        command.SetAction(result =>
        {
            var pipeline = context.Pipeline(result);
            ulong seed = context.Seed(result, pipeline);
            int n = result.GetValue(count);
            long first = result.GetValue(start);
            var values = context.RunWithProgress($"stats {pipeline.Name}", n, "samples", progress =>
            {
                var numbers = pipeline.Numbers(seed, first, n, result.GetValue(threads) ?? -1);
                progress.Report(n);
                return numbers;
            });
            var histograms = values
                .GroupBy(v => (v.Node, v.Feature, v.Property))
                .OrderBy(g => g.Key.Node)
                .Select(g => new PropertyHistogram(g.Key.Feature, g.Key.Node, g.Key.Property, [.. g.Select(v => v.Value)], result.GetValue(bins)))
                .ToList();
            if (histograms.Count == 0)
            {
                context.Output.WriteLine($"The ground truth of '{pipeline.Name}' holds no numeric property.");
                return 0;
            }

            var table = new Table().AddColumns("feature", "property", "values", "min", "mean", "max", "std", "histogram (min … max)");
            foreach (var h in histograms)
            {
                table.AddRow(
                    Markup.Escape($"[{h.Node}] {h.Feature}"),
                    Markup.Escape(h.Property),
                    h.Count.ToString(CultureInfo.InvariantCulture),
                    Format(h.Minimum),
                    Format(h.Mean),
                    Format(h.Maximum),
                    Format(h.StandardDeviation),
                    h.IsConstant ? "constant" : Markup.Escape(h.Sparkline()));
            }

            context.Output.Write(table);
            if (result.GetValue(json) is { } path)
            {
                WriteJson(path, pipeline.Name, seed, first, n, histograms);
                context.Output.WriteLine($"Histograms written to {Path.GetFullPath(path)}");
            }

            return 0;
        });
        return command;
    }

    private static string Format(double value) => value.ToString("G5", CultureInfo.InvariantCulture);

    private static void WriteJson(string path, string pipeline, ulong seed, long first, int count, List<PropertyHistogram> histograms)
    {
        using var file = File.Create(path);
        using var writer = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true, NewLine = "\n" });
        writer.WriteStartObject();
        writer.WriteString("pipeline", pipeline);
        writer.WriteNumber("seed", seed);
        writer.WriteNumber("first", first);
        writer.WriteNumber("count", count);
        writer.WriteStartArray("properties");
        foreach (var h in histograms)
        {
            writer.WriteStartObject();
            writer.WriteString("feature", h.Feature);
            writer.WriteNumber("node", h.Node);
            writer.WriteString("property", h.Property);
            writer.WriteNumber("values", h.Count);
            writer.WriteNumber("min", h.Minimum);
            writer.WriteNumber("mean", h.Mean);
            writer.WriteNumber("max", h.Maximum);
            writer.WriteNumber("std", h.StandardDeviation);
            writer.WriteStartArray("bins");
            for (int b = 0; b < h.Counts.Length; b++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("from", h.Edge(b));
                writer.WriteNumber("to", h.Edge(b + 1));
                writer.WriteNumber("count", h.Counts[b]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
