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

/// <summary><c>apply</c>: the trained model of a pipeline on images from files (TIFF stacks, PNGs, folders); numbers to CSV, images to a TIFF stack.</summary>
internal sealed class ApplyVerb(TrainingRegistry registry) : AppVerb
{
    public override string Name => "apply";

    public override Command CreateCommand(VerbContext context)
    {
        var model = new Option<string>("--model", "-m") { Description = $"The weights saved by train ({TrainVerb.ModelFile}).", HelpName = "file", Required = true };
        var input = new Option<string[]>("--input", "-i") { Description = "Images: TIFF or PNG files (every page of a stack), or folders of them.", HelpName = "path", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out", "-o") { Description = "Where predictions go: a CSV for numbers (default predictions.csv), a TIFF stack for images (default predictions.tif).", HelpName = "file" };
        var command = new Command(Name, "Apply the pipeline's trained model to images from files.") { model, input, output };
        command.SetAction(result =>
        {
            var pipeline = context.Pipeline(result);
            var training = registry.For(pipeline);
            string weights = result.GetValue(model)!;
            if (!File.Exists(weights))
            {
                throw new CommandLineUsageException($"No weights at {Path.GetFullPath(weights)}; run train first (it writes {TrainVerb.ModelFile}).");
            }

            var paths = result.GetValue(input)!;
            foreach (string path in paths.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                throw new CommandLineUsageException($"No file or folder at {Path.GetFullPath(path)}.");
            }

            var files = paths.SelectMany(p => Directory.Exists(p) ? ImageSource.FromFolder(p).Items.Select(i => i.Path).Distinct() : [p]).Distinct().ToList();
            var source = ImageSource.FromFiles(files);
            var images = Enumerable.Range(0, source.Count).Select(source.Load).ToList();
            if (training.LabelKind == LabelKind.Numbers || training.LabelKind == LabelKind.ClassIndex)
            {
                var predictions = context.RunWithProgress($"apply {pipeline.Name}", images.Count, "images", progress =>
                {
                    var values = training.Predict(weights, images);
                    progress.Report(images.Count);
                    return values;
                });
                string csv = result.GetValue(output) ?? "predictions.csv";
                var text = new StringBuilder("file,page");
                for (int k = 0; k < predictions[0].Length; k++)
                {
                    text.Append(CultureInfo.InvariantCulture, $",output{k}");
                }

                text.Append('\n');
                for (int i = 0; i < images.Count; i++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{Quote(source.Items[i].Path)},{source.Items[i].Page}");
                    foreach (float value in predictions[i])
                    {
                        text.Append(CultureInfo.InvariantCulture, $",{value:R}");
                    }

                    text.Append('\n');
                }

                File.WriteAllText(csv, text.ToString());
                context.Output.WriteLine($"{images.Count} predictions in {Path.GetFullPath(csv)}");
            }
            else
            {
                var predictions = context.RunWithProgress($"apply {pipeline.Name}", images.Count, "images", progress =>
                {
                    var values = training.PredictImages(weights, images);
                    progress.Report(images.Count);
                    return values;
                });
                string tiff = result.GetValue(output) ?? "predictions.tif";
                TiffFile.Write(tiff, predictions);
                context.Output.WriteLine($"{images.Count} predicted images in {Path.GetFullPath(tiff)}");
            }

            return 0;
        });
        return command;
    }

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
