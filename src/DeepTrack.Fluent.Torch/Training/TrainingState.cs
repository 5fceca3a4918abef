using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Everything a <see cref="Trainer"/> needs to continue a run after its last completed epoch exactly as if it had never
/// stopped (<see cref="TrainerOptions.ResumePath"/>): the options that shape the run, the epochs' records and the
/// early-stopping counters, the model's weights and buffers, the best weights, the optimiser's running averages and
/// TorchSharp's CPU generator.
/// </summary>
/// <remarks>
/// The file is written by this class alone, so its format is its own (TorchSharp's <c>module.save</c> holds weights only):
/// a header line, the options, the counters and records, then tensors as element type, shape and raw little-endian
/// elements. <see cref="Read"/> reads and checks the whole file before anything is changed, so a truncated or foreign file,
/// or one written with other options or another model, is reported by name with the reason and leaves the run untouched.
/// </remarks>
internal sealed class TrainingState : IDisposable
{
    private const string Header = "DeepTrack.Fluent training state 1";

    private TrainingState(
        int epochsDone, double best, int sinceBest, int bestEpoch, bool stoppedEarly, double seconds, List<EpochRecord> records,
        Dictionary<string, Tensor> weights, Dictionary<string, Tensor>? bestWeights, List<TrainingOptimizer.ParameterMoments> moments, Tensor generator)
    {
        EpochsDone = epochsDone;
        Best = best;
        SinceBest = sinceBest;
        BestEpoch = bestEpoch;
        StoppedEarly = stoppedEarly;
        Seconds = seconds;
        Records = records;
        Weights = weights;
        BestWeights = bestWeights;
        Moments = moments;
        Generator = generator;
    }

    /// <summary>Epochs completed.</summary>
    public int EpochsDone { get; }

    /// <summary>The lowest monitored loss so far.</summary>
    public double Best { get; }

    /// <summary>Epochs since the monitored loss last improved.</summary>
    public int SinceBest { get; }

    /// <summary>The epoch of <see cref="Best"/> (−1: none yet).</summary>
    public int BestEpoch { get; }

    /// <summary>Whether early stopping ended the run.</summary>
    public bool StoppedEarly { get; }

    /// <summary>Wall time of the epochs run so far.</summary>
    public double Seconds { get; }

    /// <summary>The epochs' records.</summary>
    public List<EpochRecord> Records { get; }

    /// <summary>The model's state (CPU tensors by state-dict name).</summary>
    public Dictionary<string, Tensor> Weights { get; }

    /// <summary>The best epoch's weights (null: not kept).</summary>
    public Dictionary<string, Tensor>? BestWeights { get; private set; }

    /// <summary>The optimiser's state, one entry per parameter in <c>parameters()</c> order.</summary>
    public List<TrainingOptimizer.ParameterMoments> Moments { get; }

    /// <summary>The state of TorchSharp's default (CPU) generator.</summary>
    public Tensor Generator { get; }

    /// <summary>The options that must be the same for a run to continue, by name.</summary>
    public static List<(string Name, string Value)> Fingerprint(TrainerOptions options) =>
    [
        (nameof(TrainerOptions.Optimizer), options.Optimizer.ToString()),
        (nameof(TrainerOptions.LearningRate), options.LearningRate.ToString("R", CultureInfo.InvariantCulture)),
        (nameof(TrainerOptions.WeightDecay), options.WeightDecay.ToString("R", CultureInfo.InvariantCulture)),
        (nameof(TrainerOptions.Momentum), options.Momentum.ToString("R", CultureInfo.InvariantCulture)),
        (nameof(TrainerOptions.Loss), options.Loss.Name),
        (nameof(TrainerOptions.StepsPerEpoch), options.StepsPerEpoch?.ToString(CultureInfo.InvariantCulture) ?? "null"),
        (nameof(TrainerOptions.EarlyStoppingPatience), options.EarlyStoppingPatience?.ToString(CultureInfo.InvariantCulture) ?? "null"),
        (nameof(TrainerOptions.MinimumImprovement), options.MinimumImprovement.ToString("R", CultureInfo.InvariantCulture)),
        (nameof(TrainerOptions.RestoreBest), options.RestoreBest.ToString()),
        (nameof(TrainerOptions.Seed), options.Seed.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>Writes the state after an epoch: to a temporary file next to <paramref name="path"/>, then renamed over it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The run's options.</param>
    /// <param name="epochsDone">Epochs completed.</param>
    /// <param name="best">The lowest monitored loss.</param>
    /// <param name="sinceBest">Epochs since it improved.</param>
    /// <param name="history">The history so far.</param>
    /// <param name="seconds">Wall time of the epochs so far.</param>
    /// <param name="model">The model.</param>
    /// <param name="bestWeights">The best weights, when kept.</param>
    /// <param name="optimizer">The optimiser.</param>
    public static void Write(
        string path, TrainerOptions options, int epochsDone, double best, int sinceBest, TrainingHistory history, double seconds,
        nn.Module model, Dictionary<string, Tensor>? bestWeights, TrainingOptimizer optimizer)
    {
        StateFile.Replace(path, writer =>
        {
            writer.Write(Header);
            var fingerprint = Fingerprint(options);
            writer.Write(fingerprint.Count);
            foreach (var (name, value) in fingerprint)
            {
                writer.Write(name);
                writer.Write(value);
            }

            writer.Write(epochsDone);
            writer.Write(best);
            writer.Write(sinceBest);
            writer.Write(history.BestEpoch);
            writer.Write(history.StoppedEarly);
            writer.Write(seconds);
            WriteRecords(writer, history.Epochs);
            StateFile.WriteTensors(writer, model.state_dict());
            writer.Write(bestWeights is not null);
            if (bestWeights is not null)
            {
                StateFile.WriteTensors(writer, bestWeights);
            }

            StateFile.WriteMoments(writer, optimizer);
            StateFile.WriteTensor(writer, get_rng_state());
        });
    }

    /// <summary>Reads a state written by <see cref="Write"/> and checks it against the run; changes nothing.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The run's options.</param>
    /// <param name="model">The model.</param>
    /// <param name="optimizer">The optimiser.</param>
    /// <returns>The state (CPU tensors, outside any dispose scope); dispose it.</returns>
    /// <exception cref="InvalidDataException">The file is not a training state, is truncated, or was written by another run (the message names the file and the difference).</exception>
    public static TrainingState Read(string path, TrainerOptions options, nn.Module model, TrainingOptimizer optimizer)
    {
        var (state, problem) = StateFile.Read(path, reader => ReadState(reader, options), state => Mismatch(state, options, model, optimizer), state => state.Dispose());
        if (state is null)
        {
            throw new InvalidDataException(
                $"The training state '{path}' cannot continue this run of {model.GetType().Name}: {problem}. Delete the file to start the run afresh.");
        }

        return state;
    }

    /// <summary>Puts the weights, the optimiser's averages and the generator's state into the run.</summary>
    /// <param name="model">The model.</param>
    /// <param name="optimizer">The optimiser.</param>
    public void Apply(nn.Module model, TrainingOptimizer optimizer)
    {
        StateFile.CopyInto(model, Weights);
        optimizer.Restore(Moments);
        set_rng_state(Generator);
    }

    /// <summary>Hands the best weights over to the caller (moved to <paramref name="device"/>), who then disposes them.</summary>
    /// <param name="device">The model's device (null: the CPU).</param>
    /// <returns>The best weights, or null when none were kept.</returns>
    public Dictionary<string, Tensor>? TakeBestWeights(Device? device)
    {
        var taken = BestWeights;
        BestWeights = null;
        if (taken is null || device is null)
        {
            return taken;
        }

        return taken.ToDictionary(p => p.Key, p =>
        {
            var moved = p.Value.to(device).DetachFromDisposeScope();
            if (!ReferenceEquals(moved, p.Value))
            {
                p.Value.Dispose();
            }

            return moved;
        });
    }

    /// <summary>Frees the tensors.</summary>
    public void Dispose()
    {
        StateFile.Dispose(Weights.Values.Concat((IEnumerable<Tensor>?)BestWeights?.Values ?? []));
        StateFile.Dispose(Moments);
        Generator.Dispose();
    }

    private static TrainingState ReadState(BinaryReader reader, TrainerOptions options)
    {
        StateFile.ReadHeader(reader, Header, "a training state written by Trainer");

        int count = reader.ReadInt32();
        var saved = new List<(string Name, string Value)>();
        for (int i = 0; i < count; i++)
        {
            saved.Add((reader.ReadString(), reader.ReadString()));
        }

        foreach (var (name, value) in Fingerprint(options))
        {
            string? was = saved.FirstOrDefault(s => s.Name == name).Value;
            if (was != value)
            {
                throw new InvalidDataException($"it was written with {name} = {was ?? "(none)"}, but this run has {name} = {value}");
            }
        }

        int epochsDone = reader.ReadInt32();
        double best = reader.ReadDouble();
        int sinceBest = reader.ReadInt32();
        int bestEpoch = reader.ReadInt32();
        bool stoppedEarly = reader.ReadBoolean();
        double seconds = reader.ReadDouble();
        var records = ReadRecords(reader);
        var weights = StateFile.ReadTensors(reader);
        var bestWeights = reader.ReadBoolean() ? StateFile.ReadTensors(reader) : null;
        var moments = StateFile.ReadMoments(reader);
        var generator = StateFile.ReadTensor(reader);
        return new TrainingState(epochsDone, best, sinceBest, bestEpoch, stoppedEarly, seconds, records, weights, bestWeights, moments, generator);
    }

    /// <summary>How the state does not fit the run (empty: it fits).</summary>
    private static string Mismatch(TrainingState state, TrainerOptions options, nn.Module model, TrainingOptimizer optimizer)
    {
        if (state.EpochsDone > options.Epochs)
        {
            return $"it holds {state.EpochsDone} completed epochs, more than this run's Epochs = {options.Epochs}";
        }

        var expected = model.state_dict();
        return StateFile.WeightsMismatch("the model's", state.Weights, expected)
            ?? (state.BestWeights is { } best ? StateFile.WeightsMismatch("the best epoch's", best, expected) : null)
            ?? StateFile.MomentsMismatch("the", state.Moments, optimizer)
            ?? "";
    }

    private static void WriteRecords(BinaryWriter writer, IReadOnlyList<EpochRecord> records)
    {
        writer.Write(records.Count);
        foreach (var record in records)
        {
            writer.Write(record.Epoch);
            writer.Write(record.Steps);
            writer.Write(record.TrainingLoss);
            writer.Write(record.ValidationLoss.HasValue);
            writer.Write(record.ValidationLoss ?? 0);
            writer.Write(record.Metrics.Count);
            foreach (var (name, value) in record.Metrics)
            {
                writer.Write(name);
                writer.Write(value);
            }

            writer.Write(record.Seconds);
        }
    }

    private static List<EpochRecord> ReadRecords(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var records = new List<EpochRecord>();
        for (int i = 0; i < count; i++)
        {
            int epoch = reader.ReadInt32();
            int steps = reader.ReadInt32();
            double training = reader.ReadDouble();
            bool validated = reader.ReadBoolean();
            double validation = reader.ReadDouble();
            int metricCount = reader.ReadInt32();
            var metrics = new Dictionary<string, double>();
            for (int m = 0; m < metricCount; m++)
            {
                metrics[reader.ReadString()] = reader.ReadDouble();
            }

            records.Add(new EpochRecord(epoch, steps, training, validated ? validation : null, metrics, reader.ReadDouble()));
        }

        return records;
    }
}
