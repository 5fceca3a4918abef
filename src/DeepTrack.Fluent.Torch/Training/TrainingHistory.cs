using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace DeepTrack.Fluent.Torch;

/// <summary>The per-epoch record of a training run, with CSV, JSON and PNG export.</summary>
public sealed class TrainingHistory
{
    private readonly List<EpochRecord> epochs = [];

    /// <summary>Creates an empty history.</summary>
    /// <param name="lossName">The loss's name (used in headers and plots).</param>
    public TrainingHistory(string lossName) => LossName = lossName ?? throw new ArgumentNullException(nameof(lossName));

    /// <summary>The loss's name.</summary>
    public string LossName { get; }

    /// <summary>The epochs run, in order.</summary>
    public IReadOnlyList<EpochRecord> Epochs => epochs;

    /// <summary>The epoch with the lowest monitored loss (−1 before the first epoch).</summary>
    public int BestEpoch { get; internal set; } = -1;

    /// <summary>Whether early stopping ended the run.</summary>
    public bool StoppedEarly { get; internal set; }

    /// <summary>Wall time from the start of the run to the end of its last epoch (with a resume file, the earlier processes' epochs too).</summary>
    public double TotalSeconds { get; internal set; }

    /// <summary>Appends an epoch.</summary>
    /// <param name="record">The epoch's results.</param>
    public void Add(EpochRecord record) => epochs.Add(record ?? throw new ArgumentNullException(nameof(record)));

    /// <summary>Writes one row per epoch: epoch, steps, training loss, validation loss, each metric, seconds.</summary>
    /// <param name="path">The file.</param>
    public void SaveCsv(string path)
    {
        var metricNames = MetricNames();
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", new[] { "epoch", "steps", "training_loss", "validation_loss" }.Concat(metricNames.Select(Column)).Append("seconds")));
        foreach (var e in epochs)
        {
            var cells = new List<string>
            {
                e.Epoch.ToString(CultureInfo.InvariantCulture),
                e.Steps.ToString(CultureInfo.InvariantCulture),
                e.TrainingLoss.ToString("R", CultureInfo.InvariantCulture),
                e.ValidationLoss?.ToString("R", CultureInfo.InvariantCulture) ?? "",
            };
            cells.AddRange(metricNames.Select(m => e.Metrics.TryGetValue(m, out double v) ? v.ToString("R", CultureInfo.InvariantCulture) : ""));
            cells.Add(e.Seconds.ToString("F3", CultureInfo.InvariantCulture));
            text.AppendLine(string.Join(",", cells));
        }

        File.WriteAllText(path, text.ToString());
    }

    /// <summary>Writes the history as JSON.</summary>
    /// <param name="path">The file.</param>
    public void SaveJson(string path)
        => File.WriteAllText(path, JsonSerializer.Serialize(
            new { loss = LossName, bestEpoch = BestEpoch, stoppedEarly = StoppedEarly, totalSeconds = TotalSeconds, epochs },
            new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));

    /// <summary>Plots training and validation loss against the epoch as a PNG.</summary>
    /// <param name="path">The file.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public void SavePlot(string path, int width = 800, int height = 500)
    {
        var plot = new ScottPlot.Plot();
        double[] x = epochs.Select(e => (double)e.Epoch + 1).ToArray();
        var training = plot.Add.Scatter(x, epochs.Select(e => e.TrainingLoss).ToArray());
        training.LegendText = "training";
        var validated = epochs.Where(e => e.ValidationLoss is not null).ToArray();
        if (validated.Length > 0)
        {
            var validation = plot.Add.Scatter(validated.Select(e => (double)e.Epoch + 1).ToArray(), validated.Select(e => e.ValidationLoss!.Value).ToArray());
            validation.LegendText = "validation";
        }

        plot.XLabel("epoch");
        plot.YLabel(LossName);
        plot.ShowLegend();
        plot.SavePng(path, width, height);
    }

    private string[] MetricNames() => epochs.SelectMany(e => e.Metrics.Keys).Distinct().ToArray();

    private static string Column(string name) => name.Replace(' ', '_').Replace(",", "", StringComparison.Ordinal);
}
