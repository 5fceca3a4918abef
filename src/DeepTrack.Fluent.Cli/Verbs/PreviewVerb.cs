using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DeepTrack.Fluent.IO;
using DeepTrack.Fluent.Tracking;
using Spectre.Console;

namespace DeepTrack.Fluent.Cli.Verbs;

/// <summary><c>preview</c>: a few samples as PNGs with their ground-truth positions circled, a contact sheet, and their ground truth as JSON lines.</summary>
internal sealed class PreviewVerb : AppVerb
{
    public const string SheetName = "contact-sheet.png";

    public const string TruthName = "truth.jsonl";

    public override string Name => "preview";

    public override Command CreateCommand(VerbContext context)
    {
        var count = VerbOptions.Count("How many samples to draw.", 8);
        var start = VerbOptions.Start();
        var output = new Option<string?>("--out", "-o") { Description = "The folder of the pictures (default: <pipeline>-preview).", HelpName = "folder" };
        var columns = new Option<int>("--columns") { Description = "Tiles per row of the contact sheet.", HelpName = "n", DefaultValueFactory = _ => 4 };
        VerbOptions.AtLeast(columns, 1);
        var zoom = new Option<int>("--zoom") { Description = "Picture pixels per image pixel.", HelpName = "n", DefaultValueFactory = _ => 4 };
        VerbOptions.AtLeast(zoom, 1);
        var threads = VerbOptions.Threads();
        var command = new Command(Name, $"Draw samples as PNGs with the positions of their ground truth circled, a contact sheet ({SheetName}) and their ground truth ({TruthName}).")
        {
            count, start, output, columns, zoom, threads,
        };
        command.SetAction(result =>
        {
            var pipeline = context.Pipeline(result);
            ulong seed = context.Seed(result, pipeline);
            string folder = result.GetValue(output) ?? pipeline.Name + "-preview";
            int n = result.GetValue(count);
            var samples = context.RunWithProgress(
                $"preview {pipeline.Name}",
                n,
                "samples",
                progress =>
                {
                    var drawn = pipeline.Preview(seed, result.GetValue(start), n, result.GetValue(threads) ?? -1);
                    progress.Report(n);
                    return drawn;
                });

            Directory.CreateDirectory(folder);
            var style = new OverlayStyle { Zoom = result.GetValue(zoom), LineWidth = Math.Max(1, result.GetValue(zoom) / 2f) };
            var detections = DetectionTable.FromPositions(samples.Select(s => s.Positions.Select(p => p.Position)));
            var table = new Table().AddColumns("sample", "ground-truth positions", "picture");
            for (int frame = 0; frame < samples.Length; frame++)
            {
                var sample = samples[frame];
                string file = sample.Index.ToString("D9", CultureInfo.InvariantCulture) + ".png";
                Overlay.WritePng(Path.Combine(folder, file), sample.Image, detections, frame, style);
                table.AddRow(sample.Index.ToString(CultureInfo.InvariantCulture), sample.Positions.Count.ToString(CultureInfo.InvariantCulture), file);
            }

            ContactSheet.WritePng(Path.Combine(folder, SheetName), [.. samples.Select(s => s.Image)], detections, result.GetValue(columns), style);
            File.WriteAllBytes(Path.Combine(folder, TruthName), [.. samples.SelectMany(s => s.Truth.Append((byte)'\n'))]);
            context.Output.Write(table);
            context.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{samples.Length} pictures of '{samples[0].Field}', {SheetName} and {TruthName} in {Path.GetFullPath(folder)}"));
            return 0;
        });
        return command;
    }
}
