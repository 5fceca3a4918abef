using System;
using System.Collections.Generic;
using System.Threading;
using DeepTrack.Fluent.Datasets.Export;
using DeepTrack.Fluent.Datasets.Truth;

namespace DeepTrack.Fluent.Cli;

/// <summary>A pipeline registered with the host under a name: what the verbs run. See <see cref="AppPipeline{TSample}"/> for the typed pipeline.</summary>
public abstract class AppPipeline
{
    private protected AppPipeline(string name, string? description, ulong defaultSeed)
    {
        Name = name;
        Description = description;
        DefaultSeed = defaultSeed;
    }

    /// <summary>The name given on the command line (<c>--pipeline</c>) and used as the prefix of exported files.</summary>
    public string Name { get; }

    /// <summary>A one-line description for <c>list</c> and help; null if none was given.</summary>
    public string? Description { get; }

    /// <summary>The seed used when <c>--seed</c> is not given.</summary>
    public ulong DefaultSeed { get; }

    /// <summary>The pipeline's output type.</summary>
    public abstract Type SampleType { get; }

    /// <summary>The printout of the pipeline built with <paramref name="seed"/>.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>One line per feature.</returns>
    public abstract IReadOnlyList<string> Describe(ulong seed);

    internal abstract ExportPlan Plan(ulong seed, bool float32, ExportOptions options);

    internal abstract ExportReport Export(ulong seed, bool float32, ExportOptions options, IProgress<ExportProgress>? progress, CancellationToken cancellationToken);

    internal abstract PreviewSample[] Preview(ulong seed, long start, int count, int threads);

    internal abstract IReadOnlyList<TruthValue> Numbers(ulong seed, long start, int count, int threads);
}
