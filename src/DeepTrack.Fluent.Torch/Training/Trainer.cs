using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Trains a model on batches from an <see cref="ITrainingData"/>, validating on a fixed <see cref="SampleSet"/> after each
/// epoch, with early stopping, checkpoints and progress reporting. Every step runs in its own dispose scope, so tensors
/// do not accumulate however long training runs, and the optimiser is a <see cref="TrainingOptimizer"/>, whose Scalars
/// cannot be freed by the garbage collector while libtorch reads them.
/// </summary>
/// <remarks>
/// <see cref="Fit"/> seeds TorchSharp's global generator with <see cref="TrainerOptions.Seed"/> before the first step, so
/// dropout draws the same masks in every run; shuffling is seeded by the data (<see cref="DataLoader"/>,
/// <see cref="ContinuousGenerator{TIn, TSample}"/>), and the models of this package are initialised from their own seed.
/// Do not train two models at the same time in one process if you need reproducibility: they share that generator.
/// </remarks>
public sealed class Trainer
{
    private readonly nn.Module<Tensor, Tensor> model;
    private readonly TrainerOptions options;

    /// <summary>Creates a trainer.</summary>
    /// <param name="model">The model (moved to <see cref="TrainerOptions.Device"/> when one is set).</param>
    /// <param name="options">How to train.</param>
    public Trainer(nn.Module<Tensor, Tensor> model, TrainerOptions options)
    {
        this.model = model ?? throw new ArgumentNullException(nameof(model));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
    }

    private string ModelName => model.GetType().Name;

    /// <summary>Trains.</summary>
    /// <param name="training">The training batches.</param>
    /// <param name="validation">The validation set (null: none; early stopping and checkpoints then follow the training loss).</param>
    /// <returns>The history, one record per epoch run.</returns>
    /// <exception cref="InvalidOperationException">
    /// The loss or the validation loss is not finite, or the model's output does not fit the labels (the message names
    /// the epoch, the step and the samples of the batch).
    /// </exception>
    public TrainingHistory Fit(ITrainingData training, SampleSet? validation = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        if (options.ResumePath is not null && !training.EpochsAreIndependent)
        {
            throw new ArgumentException(
                $"TrainerOptions.ResumePath is set, but the training data ({training.GetType().Name}) cannot serve a later epoch first (its EpochsAreIndependent " +
                "is false), so a run on it cannot be resumed: train on a DataLoader, a StreamingLoader or a ContinuousGenerator with NewSamplesPerEpoch set, " +
                "or leave ResumePath null.", nameof(training));
        }

        if (options.Device is { } device)
        {
            model.to(device);
        }

        // The returned object is a second handle on the global generator; disposing it leaves the generator alone.
        manual_seed(options.Seed).Dispose();
        if (options.Device is { type: DeviceType.CUDA })
        {
            cuda.manual_seed_all(options.Seed);
        }

        using var optimizer = new TrainingOptimizer(model.parameters(), options.Optimizer, options.LearningRate, options.WeightDecay, options.Momentum);
        var history = new TrainingHistory(options.Loss.Name);
        var clock = Stopwatch.StartNew();
        var run = Resume(history, optimizer);
        double seconds = run.EarlierSeconds;
        try
        {
            for (int epoch = run.FirstEpoch; epoch < options.Epochs && !history.StoppedEarly; epoch++)
            {
                RunEpoch(training, validation, optimizer, history, run, epoch, clock);
                seconds = run.EarlierSeconds + clock.Elapsed.TotalSeconds;
                if (options.ResumePath is { } resumePath)
                {
                    TrainingState.Write(resumePath, options, epoch + 1, run.Best, run.SinceBest, history, seconds, model, run.BestWeights, optimizer);
                }
            }

            if (run.BestWeights is not null)
            {
                model.load_state_dict(run.BestWeights);
            }
        }
        finally
        {
            run.Dispose();
        }

        // The time up to the end of the last epoch, which is also what the resume file holds: a later process that finds
        // every epoch done reports the same figure, not that figure plus its own reading of the file.
        history.TotalSeconds = seconds;
        return history;
    }

    /// <summary>The run's counters, from the resume file when there is one (which then also sets the weights, the optimiser and the generator).</summary>
    private RunState Resume(TrainingHistory history, TrainingOptimizer optimizer)
    {
        var run = new RunState();
        if (options.ResumePath is not { } path || !File.Exists(path))
        {
            return run;
        }

        using var saved = TrainingState.Read(path, options, model, optimizer);
        saved.Apply(model, optimizer);
        foreach (var record in saved.Records)
        {
            history.Add(record);
        }

        history.BestEpoch = saved.BestEpoch;
        history.StoppedEarly = saved.StoppedEarly;
        run.FirstEpoch = saved.EpochsDone;
        run.Best = saved.Best;
        run.SinceBest = saved.SinceBest;
        run.EarlierSeconds = saved.Seconds;
        run.BestWeights = saved.TakeBestWeights(options.Device);
        return run;
    }

    /// <summary>Trains one epoch, validates, records it, and updates the best epoch and early stopping.</summary>
    private void RunEpoch(ITrainingData training, SampleSet? validation, TrainingOptimizer optimizer, TrainingHistory history, RunState run, int epoch, Stopwatch clock)
    {
        var epochClock = Stopwatch.StartNew();
        var (steps, trainingLoss) = TrainEpoch(training, optimizer, epoch, clock);
        double? validationLoss = null;
        var metrics = new Dictionary<string, double>();
        if (validation is not null)
        {
            var evaluation = Evaluate(validation, epoch);
            validationLoss = evaluation.Loss;
            metrics = evaluation.Metrics;
        }

        var record = new EpochRecord(epoch, steps, trainingLoss, validationLoss, metrics, epochClock.Elapsed.TotalSeconds);
        history.Add(record);
        options.OnEpoch?.Invoke(record);
        if (options.ConsoleProgress)
        {
            ConsoleReport(record);
        }

        double monitored = validationLoss ?? trainingLoss;
        if (monitored < run.Best - options.MinimumImprovement)
        {
            run.Best = monitored;
            run.SinceBest = 0;
            history.BestEpoch = epoch;
            if (options.CheckpointPath is { } path)
            {
                Checkpoint.Save(model, path);
            }

            if (options.RestoreBest)
            {
                run.BestWeights = Snapshot(run.BestWeights);
            }
        }
        else if (options.EarlyStoppingPatience is { } patience && ++run.SinceBest >= patience)
        {
            history.StoppedEarly = true;
        }
    }

    /// <summary>The loss and metrics of the model on a set (evaluation mode, no gradients).</summary>
    /// <param name="set">The samples.</param>
    /// <param name="epoch">The epoch passed to a scheduled loss.</param>
    /// <returns>The sample-weighted means.</returns>
    /// <exception cref="InvalidOperationException">The loss of a batch is not finite, or the model's output does not fit the labels.</exception>
    public (double Loss, Dictionary<string, double> Metrics) Evaluate(SampleSet set, int epoch = 0)
    {
        ArgumentNullException.ThrowIfNull(set);
        model.eval();
        using var noGrad = no_grad();
        double loss = 0;
        var sums = options.Metrics.ToDictionary(m => m.Name, _ => 0.0);
        for (int from = 0; from < set.Count; from += options.ValidationBatchSize)
        {
            using var scope = NewDisposeScope();
            var batch = set.Batch(from, Math.Min(options.ValidationBatchSize, set.Count - from), options.Device);
            string where = $"validation at epoch {epoch}";
            var prediction = Forward(batch, where);
            double value = ComputeLoss(prediction, batch, epoch, where);
            if (!double.IsFinite(value))
            {
                throw new InvalidOperationException(
                    $"The validation loss ({options.Loss.Name}) is {value} at epoch {epoch} on samples {Samples(batch)}. Their inputs and labels are finite, " +
                    $"so {Culprit(prediction)}.");
            }

            loss += value * batch.Count;
            foreach (var metric in options.Metrics)
            {
                sums[metric.Name] += metric.Compute(prediction, batch.Labels) * batch.Count;
            }
        }

        return (loss / set.Count, sums.ToDictionary(p => p.Key, p => p.Value / set.Count));
    }

    private (int Steps, double Loss) TrainEpoch(ITrainingData training, TrainingOptimizer optimizer, int epoch, Stopwatch clock)
    {
        model.train();
        double sum = 0;
        int steps = 0;
        using var batches = training.Epoch(epoch, options.Device).GetEnumerator();
        while (options.StepsPerEpoch is not { } limit || steps < limit)
        {
            using var scope = NewDisposeScope();
            if (!batches.MoveNext())
            {
                break;
            }

            var batch = batches.Current;
            string where = $"epoch {epoch}, step {steps}";
            optimizer.ZeroGrad();
            var prediction = Forward(batch, where);
            var loss = LossOf(prediction, batch, epoch, where);
            double value = loss.item<float>();
            if (!double.IsFinite(value))
            {
                throw new InvalidOperationException(
                    $"The training loss ({options.Loss.Name}) became {value} at {where}, on samples {Samples(batch)}. Their inputs and labels are finite, " +
                    $"so {Culprit(prediction)}. A lower learning rate than {options.LearningRate} may help.");
            }

            loss.backward();
            optimizer.Step();
            sum += value;
            steps++;
            var progress = new TrainingProgress(epoch, options.Epochs, steps, options.StepsPerEpoch, sum / steps, clock.Elapsed);
            options.OnProgress?.Invoke(progress);
            if (options.ConsoleProgress && !Console.IsOutputRedirected)
            {
                Console.Write($"\repoch {epoch + 1}/{options.Epochs}  step {steps}{(options.StepsPerEpoch is { } s ? "/" + s : "")}  {options.Loss.Name} {sum / steps:G4}   ");
            }
        }

        if (steps == 0)
        {
            throw new InvalidOperationException($"The training data gave no batch in epoch {epoch}.");
        }

        return (steps, sum / steps);
    }

    /// <summary>The model's output for a batch, with libtorch's shape errors turned into one that names the model and the shapes.</summary>
    private Tensor Forward(Batch batch, string where)
    {
        Tensor prediction;
        try
        {
            prediction = model.forward(batch.Inputs);
        }
        catch (ExternalException native)
        {
            throw new InvalidOperationException(
                $"The model {ModelName} failed on a batch of inputs of shape {Shape(batch.Inputs)} ({where}, samples {Samples(batch)}): " +
                $"{FirstLine(native.Message)}. Check that the model was built for inputs of this size and channel count.", native);
        }

        CheckOutput(prediction, batch, where);
        return prediction;
    }

    private double ComputeLoss(Tensor prediction, Batch batch, int epoch, string where)
    {
        using var loss = LossOf(prediction, batch, epoch, where);
        return loss.item<float>();
    }

    /// <summary>The loss of a batch, with libtorch's errors turned into one that names the loss, the shapes and the samples.</summary>
    private Tensor LossOf(Tensor prediction, Batch batch, int epoch, string where)
    {
        try
        {
            return options.Loss.Compute(prediction, batch.Labels, epoch);
        }
        catch (ExternalException native)
        {
            throw new InvalidOperationException(
                $"The loss {options.Loss.Name} failed on outputs of shape {Shape(prediction)} and labels of shape {Shape(batch.Labels)} " +
                $"({where}, samples {Samples(batch)}): {FirstLine(native.Message)}.", native);
        }
    }

    /// <summary>Checks that the model's output fits the labels as the loss requires.</summary>
    private void CheckOutput(Tensor prediction, Batch batch, string where)
    {
        var labels = batch.Labels;
        string? problem = options.Loss.Shape switch
        {
            LossShape.Same when !prediction.shape.SequenceEqual(labels.shape) =>
                $"the loss {options.Loss.Name} needs an output of the labels' shape {Shape(labels)}",
            LossShape.ClassLogits when prediction.dim() != labels.dim() + 1 || prediction.shape[0] != labels.shape[0]
                || !prediction.shape.Skip(2).SequenceEqual(labels.shape.Skip(1)) =>
                $"the loss {options.Loss.Name} needs class logits of shape (N, classes{string.Concat(labels.shape.Skip(1).Select(d => ", " + d))}) for labels of shape {Shape(labels)}",
            _ => null,
        };
        if (problem is not null)
        {
            throw new InvalidOperationException(
                $"The model {ModelName} outputs {Shape(prediction)} for a batch of {batch.Count} ({where}), but {problem}: " +
                "build the model with as many outputs as each label has values (or classes).");
        }
    }

    /// <summary>Why a loss is not finite although the batch's data are.</summary>
    private string Culprit(Tensor prediction)
    {
        using var finite = isfinite(prediction).all();
        if (!finite.item<bool>())
        {
            return $"the model {ModelName} produced non-finite outputs: its weights diverged";
        }

        using var largest = prediction.abs().max();
        double size = largest.to_type(ScalarType.Float64).item<double>();
        return size > 1e15
            ? $"the model {ModelName} produced outputs as large as {size:G3}: its weights diverged"
            : $"the loss {options.Loss.Name} is not finite for finite outputs (at most {size:G3} in size) and labels: check that the labels suit the loss";
    }

    private static string Samples(Batch batch)
        => batch.Count <= 8 ? string.Join(", ", batch.Indices) : $"{string.Join(", ", batch.Indices.Take(8))}, … ({batch.Count} in all)";

    private static string Shape(Tensor tensor) => $"({string.Join(", ", tensor.shape)})";

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private static void ConsoleReport(EpochRecord record)
    {
        string validation = record.ValidationLoss is { } v ? $"  validation {v:G4}" : "";
        string metrics = string.Concat(record.Metrics.Select(m => $"  {m.Key} {m.Value:G4}"));
        string clear = Console.IsOutputRedirected ? "" : "\r";
        Console.WriteLine($"{clear}epoch {record.Epoch + 1}: training {record.TrainingLoss:G4}{validation}{metrics}  ({record.Seconds:F1} s, {record.Steps} steps)      ");
    }

    private Dictionary<string, Tensor> Snapshot(Dictionary<string, Tensor>? previous)
    {
        if (previous is not null)
        {
            StateFile.Dispose(previous.Values);
        }

        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        return model.state_dict().ToDictionary(p => p.Key, p => p.Value.detach().clone().DetachFromDisposeScope());
    }

    /// <summary>What a run carries from epoch to epoch besides the history: the best monitored loss and weights, and the epochs since it improved.</summary>
    private sealed class RunState : IDisposable
    {
        public int FirstEpoch { get; set; }

        public double Best { get; set; } = double.PositiveInfinity;

        public int SinceBest { get; set; }

        public double EarlierSeconds { get; set; }

        public Dictionary<string, Tensor>? BestWeights { get; set; }

        public void Dispose()
        {
            StateFile.Dispose((IEnumerable<Tensor>?)BestWeights?.Values ?? []);
        }
    }
}
