using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Trains a model on batches from an <see cref="ITrainingData"/>, validating on a fixed <see cref="SampleSet"/> after each
/// epoch, with early stopping, checkpoints and progress reporting. Every step runs in its own dispose scope, so tensors
/// do not accumulate however long training runs.
/// </summary>
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

    /// <summary>Trains.</summary>
    /// <param name="training">The training batches.</param>
    /// <param name="validation">The validation set (null: none; early stopping and checkpoints then follow the training loss).</param>
    /// <returns>The history, one record per epoch run.</returns>
    public TrainingHistory Fit(ITrainingData training, SampleSet? validation = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        if (options.Device is { } device)
        {
            model.to(device);
        }

        using var optimizer = CreateOptimizer();
        var history = new TrainingHistory(options.Loss.Name);
        var clock = Stopwatch.StartNew();
        double best = double.PositiveInfinity;
        int sinceBest = 0;
        Dictionary<string, Tensor>? bestWeights = null;
        try
        {
            for (int epoch = 0; epoch < options.Epochs; epoch++)
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
                if (monitored < best - options.MinimumImprovement)
                {
                    best = monitored;
                    sinceBest = 0;
                    history.BestEpoch = epoch;
                    if (options.CheckpointPath is { } path)
                    {
                        model.save(path);
                    }

                    if (options.RestoreBest)
                    {
                        bestWeights = Snapshot(bestWeights);
                    }
                }
                else if (options.EarlyStoppingPatience is { } patience && ++sinceBest >= patience)
                {
                    history.StoppedEarly = true;
                    break;
                }
            }

            if (bestWeights is not null)
            {
                model.load_state_dict(bestWeights);
            }
        }
        finally
        {
            if (bestWeights is not null)
            {
                foreach (var tensor in bestWeights.Values)
                {
                    tensor.Dispose();
                }
            }
        }

        history.TotalSeconds = clock.Elapsed.TotalSeconds;
        return history;
    }

    /// <summary>The loss and metrics of the model on a set (evaluation mode, no gradients).</summary>
    /// <param name="set">The samples.</param>
    /// <param name="epoch">The epoch passed to a scheduled loss.</param>
    /// <returns>The sample-weighted means.</returns>
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
            var prediction = model.forward(batch.Inputs);
            loss += options.Loss.Compute(prediction, batch.Labels, epoch).item<float>() * batch.Count;
            foreach (var metric in options.Metrics)
            {
                sums[metric.Name] += metric.Compute(prediction, batch.Labels) * batch.Count;
            }
        }

        return (loss / set.Count, sums.ToDictionary(p => p.Key, p => p.Value / set.Count));
    }

    private (int Steps, double Loss) TrainEpoch(ITrainingData training, optim.Optimizer optimizer, int epoch, Stopwatch clock)
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
            optimizer.zero_grad();
            var prediction = model.forward(batch.Inputs);
            var loss = options.Loss.Compute(prediction, batch.Labels, epoch);
            loss.backward();
            optimizer.step();
            double value = loss.item<float>();
            if (!double.IsFinite(value))
            {
                throw new InvalidOperationException(
                    $"The training loss became {value} at epoch {epoch}, step {steps}: lower the learning rate ({options.LearningRate}) or check the labels.");
            }

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
            foreach (var tensor in previous.Values)
            {
                tensor.Dispose();
            }
        }

        using var noGrad = no_grad();
        return model.state_dict().ToDictionary(p => p.Key, p => p.Value.detach().clone().DetachFromDisposeScope());
    }

    private optim.Optimizer CreateOptimizer()
    {
        var parameters = model.parameters();
        return options.Optimizer switch
        {
            OptimizerKind.Adam => optim.Adam(parameters, options.LearningRate, weight_decay: options.WeightDecay),
            OptimizerKind.AdamW => optim.AdamW(parameters, options.LearningRate, weight_decay: options.WeightDecay),
            OptimizerKind.Sgd => optim.SGD(parameters, options.LearningRate, momentum: options.Momentum, weight_decay: options.WeightDecay),
            OptimizerKind.RmsProp => optim.RMSProp(parameters, options.LearningRate, momentum: options.Momentum, weight_decay: options.WeightDecay),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Optimizer, "Unknown optimiser."),
        };
    }
}
