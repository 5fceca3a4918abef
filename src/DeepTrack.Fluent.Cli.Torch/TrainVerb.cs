using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Spectre.Console;

namespace DeepTrack.Fluent.Cli;

/// <summary><c>train</c>: generates a training and a validation set from the pipeline, trains the registered model, and saves it as a <see cref="Torch.ModelBundle"/> with its history.</summary>
internal sealed class TrainVerb(TrainingRegistry registry) : AppVerb
{
    public TrainingRegistry Registry { get; } = registry;

    public override string Name => "train";

    public override Command CreateCommand(VerbContext context)
    {
        var samples = new Option<int?>("--samples") { Description = "Training samples, indices 0 … n − 1 (default: the setup's).", HelpName = "n" };
        var validation = new Option<int?>("--validation") { Description = "Validation samples, far from the training indices (default: the setup's; 0 for none).", HelpName = "n" };
        var epochs = new Option<int?>("--epochs") { Description = "Epochs (default: the trainer options').", HelpName = "n" };
        var batch = new Option<int?>("--batch-size") { Description = "Samples per step (default: the setup's).", HelpName = "n" };
        var rate = new Option<double?>("--learning-rate") { Description = "The optimizer's learning rate (default: the trainer options').", HelpName = "rate" };
        var output = new Option<string?>("--out", "-o") { Description = "The model bundle's folder (weights.bin, manifest.json), with history.csv and history.json (default: <pipeline>-model).", HelpName = "folder" };
        var threads = new Option<int?>("--threads") { Description = "Threads generating samples (default: all cores).", HelpName = "n" };
        var command = new Command(Name, "Train the pipeline's registered model on samples generated from it (one machine: the CPU or one GPU), and save it as a model bundle (weights, input normalisation and shape) with its history.")
        {
            samples, validation, epochs, batch, rate, output, threads,
        };
        command.SetAction(result =>
        {
            var pipeline = context.Pipeline(result);
            var training = Registry.For(pipeline);
            ulong seed = context.Seed(result, pipeline);
            string folder = result.GetValue(output) ?? pipeline.Name + "-model";
            var arguments = new TrainArguments(
                Positive(result.GetValue(samples) ?? training.DefaultTrainingSamples, "--samples", 1),
                Positive(result.GetValue(validation) ?? training.DefaultValidationSamples, "--validation", 0),
                Positive(result.GetValue(epochs) ?? training.Options.Epochs, "--epochs", 1),
                Positive(result.GetValue(batch) ?? training.DefaultBatchSize, "--batch-size", 1),
                result.GetValue(rate) is { } r ? (r > 0 ? r : throw new CommandLineUsageException($"--learning-rate must be > 0 (got {r}).")) : training.Options.LearningRate,
                folder,
                result.GetValue(threads) is { } t ? Positive(t, "--threads", 1) : -1);
            Directory.CreateDirectory(folder);
            var history = training.Train(pipeline, seed, arguments, context);
            history.SaveCsv(Path.Combine(folder, "history.csv"));
            history.SaveJson(Path.Combine(folder, "history.json"));

            var table = new Table().AddColumns("epoch", Markup.Escape($"training {history.LossName}"), Markup.Escape($"validation {history.LossName}"), "seconds");
            foreach (var epoch in history.Epochs)
            {
                table.AddRow(
                    (epoch.Epoch + 1).ToString(CultureInfo.InvariantCulture),
                    epoch.TrainingLoss.ToString("G5", CultureInfo.InvariantCulture),
                    epoch.ValidationLoss?.ToString("G5", CultureInfo.InvariantCulture) ?? "–",
                    epoch.Seconds.ToString("F1", CultureInfo.InvariantCulture));
            }

            context.Output.Write(table);
            context.Output.WriteLine($"Model bundle (weights and input normalisation) in {Path.GetFullPath(folder)}; apply it with: apply -p {pipeline.Name} --model {folder} --input <images>");
            return 0;
        });
        return command;
    }

    private static int Positive(int value, string option, int minimum)
        => value >= minimum ? value : throw new CommandLineUsageException($"{option} must be ≥ {minimum} (got {value}).");
}
