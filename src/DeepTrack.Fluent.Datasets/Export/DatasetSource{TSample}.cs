using System;
using System.Collections.Generic;
using DeepTrack.Fluent.Datasets.Layout;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>
/// What to export: samples of a built pipeline (its seed fixes every sample), a name, and what to store of each sample.
/// Make one with <see cref="DatasetSource.Create{TIn, TSample}"/> or <see cref="DatasetSource.Images{TIn, T}"/>.
/// </summary>
/// <typeparam name="TSample">The pipeline's output type.</typeparam>
public sealed class DatasetSource<TSample>
{
    private readonly Func<long, int, int, TSample[]> generate;

    internal DatasetSource(string name, ulong seed, IReadOnlyList<Feature> features, IReadOnlyList<string> description, Func<long, int, int, TSample[]> generate, SampleLayout<TSample> layout)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                throw new ArgumentException($"'{name}' cannot prefix file names: use letters, digits, '-' and '_'.", nameof(name));
            }
        }

        ArgumentNullException.ThrowIfNull(layout);
        if (layout.Fields.Count == 0)
        {
            throw new ArgumentException($"The layout of '{name}' has no fields: add an image or numbers to store.", nameof(layout));
        }

        Name = name;
        Seed = seed;
        Features = features;
        Description = description;
        this.generate = generate;
        Layout = layout;
    }

    /// <summary>The dataset's name, also the prefix of its file names.</summary>
    public string Name { get; }

    /// <summary>The pipeline's seed.</summary>
    public ulong Seed { get; }

    /// <summary>The pipeline's features in node order.</summary>
    public IReadOnlyList<Feature> Features { get; }

    /// <summary>The pipeline's printout (<see cref="PipelineDescription"/>).</summary>
    public IReadOnlyList<string> Description { get; }

    /// <summary>What is stored of each sample.</summary>
    public SampleLayout<TSample> Layout { get; }

    /// <summary>Generates samples <paramref name="start"/> … <paramref name="start"/> + <paramref name="count"/> − 1 (<see cref="Pipeline{TIn, TOut}.Generate(int, long, int)"/>).</summary>
    /// <param name="start">The first sample index.</param>
    /// <param name="count">How many.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads (−1: all cores). Never changes the samples.</param>
    /// <returns>The samples in index order.</returns>
    public TSample[] Generate(long start, int count, int maxDegreeOfParallelism = -1) => generate(start, count, maxDegreeOfParallelism);

    /// <summary>The same samples with another layout.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>The source.</returns>
    public DatasetSource<TSample> WithLayout(SampleLayout<TSample> layout) => new(Name, Seed, Features, Description, generate, layout);
}
