using System;
using System.Globalization;
using Spectre.Console;

namespace DeepTrack.Fluent.Cli;

/// <summary>Progress of long work: a Spectre.Console bar on a terminal, plain lines otherwise.</summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(10);

    public static T Run<T>(IAnsiConsole console, TimeProvider time, string description, double total, string unit, Func<IProgress<double>, T> work)
    {
        if (console.Profile.Capabilities.Interactive)
        {
            return new Progress(console, time)
                .AutoClear(false)
                .Columns(
                    new TaskDescriptionColumn(),
                    new ProgressBarColumn(),
                    new PercentageColumn(),
                    new RateColumn(unit),
                    new ElapsedTimeColumn(),
                    new RemainingTimeColumn(),
                    new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(total, 1));
                    var result = work(new TaskProgress(task));
                    task.Value = task.MaxValue;
                    return result;
                });
        }

        var lines = new LineProgress(console, time, description, total, unit);
        var value = work(lines);
        lines.Finish();
        return value;
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = value;
    }

    private sealed class LineProgress(IAnsiConsole console, TimeProvider time, string description, double total, string unit) : IProgress<double>
    {
        private readonly long start = time.GetTimestamp();
        private readonly object gate = new();
        private long lastLine = time.GetTimestamp();
        private double done;

        public void Report(double value)
        {
            lock (gate)
            {
                done = value;
                if (time.GetElapsedTime(lastLine) >= LineInterval && value < total)
                {
                    lastLine = time.GetTimestamp();
                    Write();
                }
            }
        }

        public void Finish()
        {
            lock (gate)
            {
                done = total;
                Write();
            }
        }

        private void Write()
        {
            double seconds = time.GetElapsedTime(start).TotalSeconds;
            double rate = seconds > 0 ? done / seconds : 0;
            string eta = rate > 0 && done < total ? ", " + TimeSpan.FromSeconds(Math.Ceiling((total - done) / rate)).ToString("c", CultureInfo.InvariantCulture) + " left" : string.Empty;
            console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{description}: {done:N0}/{total:N0} {unit} ({(total > 0 ? 100 * done / total : 100):F0}%), {rate:F0} {unit}/s, {seconds:F1} s{eta}"));
        }
    }
}
