using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Spectre.Console;

namespace DeepTrack.Fluent.Cli;

/// <summary>What a verb works with: the registered pipelines, the consoles, and the options every verb shares.</summary>
public sealed class VerbContext
{
    internal VerbContext(IReadOnlyList<AppPipeline> pipelines, IAnsiConsole output, IAnsiConsole error, TimeProvider time)
    {
        Pipelines = pipelines;
        Output = output;
        Error = error;
        Time = time;
        PipelineOption = new Option<string?>("--pipeline", "-p")
        {
            Description = "The pipeline to run: " + string.Join(", ", pipelines.Select(p => p.Name)) + (pipelines.Count == 1 ? " (the default)." : "."),
            HelpName = "name",
            Recursive = true,
        };
        SeedOption = new Option<ulong?>("--seed")
        {
            Description = "The seed of every draw (default: the pipeline's own). Sample i depends only on (seed, i).",
            HelpName = "n",
            Recursive = true,
        };
    }

    /// <summary>The registered pipelines.</summary>
    public IReadOnlyList<AppPipeline> Pipelines { get; }

    /// <summary>Where results go (standard output).</summary>
    public IAnsiConsole Output { get; }

    /// <summary>Where errors go (standard error).</summary>
    public IAnsiConsole Error { get; }

    /// <summary><c>--pipeline</c>/<c>-p</c>: which pipeline (optional when only one is registered). Shared by every verb.</summary>
    public Option<string?> PipelineOption { get; }

    /// <summary><c>--seed</c>: the seed (default: the pipeline's). Shared by every verb.</summary>
    public Option<ulong?> SeedOption { get; }

    internal TimeProvider Time { get; }

    /// <summary>The pipeline that <c>--pipeline</c> names (or the only one).</summary>
    /// <param name="result">The parsed command line.</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="CommandLineUsageException">No such pipeline, or several and none named.</exception>
    public AppPipeline Pipeline(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string? name = result.GetValue(PipelineOption);
        if (name is null)
        {
            return Pipelines.Count switch
            {
                1 => Pipelines[0],
                0 => throw new CommandLineUsageException("This program registers no pipeline: call app.Pipeline(name, pipeline) in DeepTrackApp.Run."),
                _ => throw new CommandLineUsageException($"Name a pipeline with --pipeline: {string.Join(", ", Pipelines.Select(p => p.Name))}."),
            };
        }

        return Pipelines.FirstOrDefault(p => p.Name == name)
            ?? throw new CommandLineUsageException($"No pipeline is named '{name}'. Pipelines: {string.Join(", ", Pipelines.Select(p => p.Name))}.");
    }

    /// <summary>The pipeline that <c>--pipeline</c> names, with its output type.</summary>
    /// <typeparam name="TSample">The output type the verb needs.</typeparam>
    /// <param name="result">The parsed command line.</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="CommandLineUsageException">No such pipeline, or one of another output type.</exception>
    public AppPipeline<TSample> Pipeline<TSample>(ParseResult result)
    {
        var pipeline = Pipeline(result);
        return pipeline as AppPipeline<TSample>
            ?? throw new CommandLineUsageException($"Pipeline '{pipeline.Name}' makes {TypeNames.Of(pipeline.SampleType)}, but this verb needs {TypeNames.Of(typeof(TSample))}.");
    }

    /// <summary>The seed: <c>--seed</c> if given, else the pipeline's default.</summary>
    /// <param name="result">The parsed command line.</param>
    /// <param name="pipeline">The pipeline.</param>
    /// <returns>The seed.</returns>
    public ulong Seed(ParseResult result, AppPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(pipeline);
        return result.GetValue(SeedOption) ?? pipeline.DefaultSeed;
    }

    /// <summary>
    /// Runs long work with a progress bar (rate and time left) on a terminal, or, when the output is redirected (logs of
    /// a cluster job), a progress line at most every 10 seconds and at the end.
    /// </summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="description">What is done, e.g. "export spots".</param>
    /// <param name="total">How many units the work does.</param>
    /// <param name="unit">The unit, plural, e.g. "samples".</param>
    /// <param name="work">The work; it reports the units done so far.</param>
    /// <returns>The work's result.</returns>
    public T RunWithProgress<T>(string description, double total, string unit, Func<IProgress<double>, T> work)
        => ProgressDisplay.Run(Output, Time, description, total, unit, work);
}
