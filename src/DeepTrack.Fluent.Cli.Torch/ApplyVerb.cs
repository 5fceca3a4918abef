using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DeepTrack.Fluent.IO;
using DeepTrack.Fluent.Torch;
using Spectre.Console;

namespace DeepTrack.Fluent.Cli;

/// <summary><c>apply</c>: a pipeline's model bundle on images from files (TIFF stacks, PNGs, folders), normalised as in training, in batches on all cores; numbers to CSV, images to a TIFF stack.</summary>
internal sealed class ApplyVerb(TrainingRegistry registry) : AppVerb
{
    public override string Name => "apply";

    public override Command CreateCommand(VerbContext context)
    {
        var model = new Option<string>("--model", "-m") { Description = "The model bundle folder saved by train (weights.bin and manifest.json).", HelpName = "folder", Required = true };
        var input = new Option<string[]>("--input", "-i") { Description = "Images: TIFF or PNG files (every page of a stack), or folders of them.", HelpName = "path", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out", "-o") { Description = "Where predictions go: a CSV for numbers (default predictions.csv), a TIFF stack for images (default predictions.tif).", HelpName = "file" };
        var batch = new Option<int?>("--batch-size") { Description = "Images per forward pass (default 16).", HelpName = "n" };
        var command = new Command(Name, "Apply the pipeline's trained model to images from files, normalised as in training.") { model, input, output, batch };
        command.SetAction(result =>
        {
            var pipeline = context.Pipeline(result);
            var training = registry.For(pipeline);
            string bundle = result.GetValue(model)!;
            if (!File.Exists(Path.Combine(bundle, ModelBundle.ManifestFile)))
            {
                throw new CommandLineUsageException(
                    $"No model bundle at {Path.GetFullPath(bundle)} (a folder with {ModelBundle.ManifestFile} and {ModelBundle.WeightsFile}); run train first, and pass its output folder.");
            }

            var paths = result.GetValue(input)!;
            foreach (string path in paths.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                throw new CommandLineUsageException($"No file or folder at {Path.GetFullPath(path)}.");
            }

            int batchSize = result.GetValue(batch) ?? 16;
            if (batchSize < 1)
            {
                throw new CommandLineUsageException($"--batch-size must be ≥ 1 (got {batchSize}).");
            }

            var files = paths.SelectMany(p => Directory.Exists(p) ? ImageSource.FromFolder(p).Items.Select(i => i.Path).Distinct() : [p]).Distinct().ToList();
            var source = ImageSource.FromFiles(files);
            var predictor = training.Predictor(bundle, new PredictorOptions { BatchSize = batchSize });
            if (!predictor.Bundle.Manifest.ImageOutput)
            {
                var predictions = context.RunWithProgress($"apply {pipeline.Name}", source.Count, "images", progress =>
                    predictor.Predict(source.Count, source.Load, new Counter(progress)));
                string csv = result.GetValue(output) ?? "predictions.csv";
                var text = new StringBuilder("file,page");
                for (int k = 0; k < predictions[0].Length; k++)
                {
                    text.Append(CultureInfo.InvariantCulture, $",output{k}");
                }

                text.Append('\n');
                for (int i = 0; i < source.Count; i++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{Quote(source.Items[i].Path)},{source.Items[i].Page}");
                    foreach (float value in predictions[i])
                    {
                        text.Append(CultureInfo.InvariantCulture, $",{value:R}");
                    }

                    text.Append('\n');
                }

                File.WriteAllText(csv, text.ToString());
                context.Output.WriteLine($"{source.Count} predictions in {Path.GetFullPath(csv)}");
            }
            else
            {
                var predictions = context.RunWithProgress($"apply {pipeline.Name}", source.Count, "images", progress =>
                    predictor.PredictImages(source.Count, source.Load, new Counter(progress)));
                string tiff = result.GetValue(output) ?? "predictions.tif";
                TiffFile.Write(tiff, predictions);
                context.Output.WriteLine($"{source.Count} predicted images in {Path.GetFullPath(tiff)}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>The predictor's images done, as the progress bar's count.</summary>
    private sealed class Counter(IProgress<double> bar) : IProgress<int>
    {
        public void Report(int value) => bar.Report(value);
    }

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
