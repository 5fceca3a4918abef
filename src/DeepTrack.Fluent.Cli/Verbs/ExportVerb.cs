using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DeepTrack.Fluent.Datasets.Export;
using Spectre.Console;

namespace DeepTrack.Fluent.Cli.Verbs;

/// <summary><c>export</c>: samples to npz, npy, HDF5 or tar files with a manifest; one shard of them with <c>--shard</c>/<c>--shards</c>.</summary>
internal sealed class ExportVerb : AppVerb
{
    public override string Name => "export";

    public override Command CreateCommand(VerbContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "npz (one NumPy archive per file block), npy (one .npy per array per block), hdf5, or tar (WebDataset shards).",
            DefaultValueFactory = _ => "npz",
            HelpName = "format",
        };
        format.AcceptOnlyFromAmong("npz", "npy", "hdf5", "tar");
        var output = new Option<string?>("--out", "-o") { Description = "The folder of the files (default: <pipeline>-<format>).", HelpName = "folder" };
        var count = new Option<long>("--count", "-n") { Description = "How many samples the whole export holds.", HelpName = "n", Required = true };
        count.Validators.Add(r =>
        {
            if (VerbOptions.TryGet(r, out long value) && value < 1)
            {
                r.AddError($"--count must be ≥ 1 (got {value}).");
            }
        });
        var start = VerbOptions.Start();
        var perFile = new Option<int?>("--samples-per-file")
        {
            Description = "Samples per file block (default: 1000, or fewer to keep a block under 256 MiB). Part of the plan: every shard must use the same.",
            HelpName = "n",
        };
        perFile.Validators.Add(r =>
        {
            if (VerbOptions.TryGet(r, out int? value) && value < 1)
            {
                r.AddError($"--samples-per-file must be ≥ 1 (got {value}).");
            }
        });
        var shard = new Option<int>("--shard") { Description = "This process's shard, 0 … shards − 1 (a job array's index).", HelpName = "k", DefaultValueFactory = _ => 0 };
        var shards = new Option<int>("--shards") { Description = "How many shards the export is split into; their files together are exactly a single export's.", HelpName = "n", DefaultValueFactory = _ => 1 };
        VerbOptions.AtLeast(shards, 1);
        var threads = VerbOptions.Threads();
        var float32 = new Option<bool>("--float32") { Description = "Store 64-bit pixels as 32-bit floats (half the bytes)." };

        var command = new Command(Name, "Export samples with their ground truth to files, with a manifest of per-file SHA-256; resumes where files are complete.")
        {
            format, output, count, start, perFile, shard, shards, threads, float32,
        };
        command.SetAction((result, cancellation) =>
        {
            var pipeline = context.Pipeline(result);
            ulong seed = context.Seed(result, pipeline);
            string formatName = result.GetValue(format)!;
            var options = new ExportOptions
            {
                OutputDirectory = result.GetValue(output) ?? $"{pipeline.Name}-{formatName}",
                Format = formatName switch { "npy" => DatasetFormat.Npy, "hdf5" => DatasetFormat.Hdf5, "tar" => DatasetFormat.Tar, _ => DatasetFormat.Npz },
                Start = result.GetValue(start),
                Count = result.GetValue(count),
                SamplesPerFile = result.GetValue(perFile),
                Shard = result.GetValue(shard),
                Shards = result.GetValue(shards),
                MaxDegreeOfParallelism = result.GetValue(threads) ?? -1,
            };
            if (options.Shard < 0 || options.Shard >= options.Shards)
            {
                throw new CommandLineUsageException($"--shard must be in 0 … {options.Shards - 1} for --shards {options.Shards} (got {options.Shard}).");
            }

            bool asFloat32 = result.GetValue(float32);
            var plan = pipeline.Plan(seed, asFloat32, options);
            long total = 0;
            foreach (var block in plan.ForShard(options.Shard, options.Shards))
            {
                total += block.Count;
            }

            string what = options.Shards == 1 ? $"export {pipeline.Name}" : $"export {pipeline.Name} shard {options.Shard}/{options.Shards}";
            var report = context.RunWithProgress(
                what,
                total,
                "samples",
                progress => pipeline.Export(seed, asFloat32, options, new Relay(progress), cancellation));
            Summarize(context.Output, report, Path.GetFullPath(options.OutputDirectory));
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Summarize(IAnsiConsole console, ExportReport report, string directory)
    {
        double seconds = report.Elapsed.TotalSeconds;
        double busy = (report.SimulationTime + report.WritingTime).TotalSeconds;
        var table = new Table().AddColumns("", "").HideHeaders();
        table.AddRow("folder", Markup.Escape(directory));
        table.AddRow("files written", Number(report.FilesWritten));
        table.AddRow("files kept (complete)", Number(report.FilesSkipped));
        table.AddRow("samples generated", Number(report.SamplesGenerated));
        table.AddRow("bytes written", string.Create(CultureInfo.InvariantCulture, $"{report.BytesWritten / 1e6:F1} MB"));
        if (report.SamplesGenerated > 0 && seconds > 0)
        {
            table.AddRow("throughput", string.Create(CultureInfo.InvariantCulture, $"{report.SamplesGenerated / seconds:F0} samples/s, {report.BytesWritten / 1e6 / seconds:F1} MB/s"));
            table.AddRow("time simulating / writing", string.Create(
                CultureInfo.InvariantCulture,
                $"{report.SimulationTime.TotalSeconds:F2} s / {report.WritingTime.TotalSeconds:F2} s ({100 * report.SimulationTime.TotalSeconds / Math.Max(busy, 1e-9):F0}% / {100 * report.WritingTime.TotalSeconds / Math.Max(busy, 1e-9):F0}%)"));
        }

        table.AddRow(DatasetManifest.FileName, report.ManifestWritten ? "written: every file of the plan is complete" : "not yet: files of other shards are missing; once every shard is done, export without --shard checks them all and writes it");
        console.Write(table);
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private sealed class Relay(IProgress<double> target) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value) => target.Report(value.SamplesDone);
    }
}
