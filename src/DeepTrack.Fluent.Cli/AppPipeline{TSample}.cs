using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DeepTrack.Fluent.Datasets.Export;
using DeepTrack.Fluent.Datasets.Layout;
using DeepTrack.Fluent.Datasets.Truth;

namespace DeepTrack.Fluent.Cli;

/// <summary>A registered pipeline with its output type: its samples for a seed, and what a dataset stores of a sample.</summary>
/// <typeparam name="TSample">The pipeline's output type.</typeparam>
public sealed class AppPipeline<TSample> : AppPipeline
{
    private const int StatsBatch = 256;
    private readonly Func<ulong, SampleLayout<TSample>, DatasetSource<TSample>> build;

    internal AppPipeline(string name, Func<ulong, SampleLayout<TSample>, DatasetSource<TSample>> build, ulong defaultSeed, SampleLayout<TSample> layout, string? description)
        : base(name, description, defaultSeed)
    {
        this.build = build;
        Layout = layout;
    }

    /// <summary>What a dataset stores of each sample.</summary>
    public SampleLayout<TSample> Layout { get; }

    /// <inheritdoc />
    public override Type SampleType => typeof(TSample);

    /// <summary>The pipeline built with <paramref name="seed"/>, as a source of samples with this pipeline's layout.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The source.</returns>
    public DatasetSource<TSample> Source(ulong seed) => build(seed, Layout);

    /// <inheritdoc />
    public override IReadOnlyList<string> Describe(ulong seed) => Source(seed).Description;

    internal override ExportPlan Plan(ulong seed, bool float32, ExportOptions options) => ExportPlan.Create(Source(seed, float32), options);

    internal override ExportReport Export(ulong seed, bool float32, ExportOptions options, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
        => DatasetExporter.Export(Source(seed, float32), options, progress, cancellationToken);

    internal override PreviewSample[] Preview(ulong seed, long start, int count, int threads)
    {
        var source = Source(seed);
        var field = Layout.Fields.FirstOrDefault(f => f.IsImage)
            ?? throw new CommandLineUsageException($"Pipeline '{Name}' stores no image ({string.Join(", ", Layout.Fields.Select(f => f.Name))}); preview draws images.");
        var truth = new GroundTruthJson(source.Features);
        var samples = source.Generate(start, count, threads);
        return
        [
            .. samples.Select((sample, i) =>
            {
                var sampleTruth = Layout.TruthOf(sample);
                return new PreviewSample(start + i, field.Name, field.ToDisplayImage(sample)!, [.. truth.Positions(sampleTruth)], truth.Serialize(start + i, sampleTruth));
            }),
        ];
    }

    internal override IReadOnlyList<TruthValue> Numbers(ulong seed, long start, int count, int threads)
    {
        var source = Source(seed);
        var truth = new GroundTruthJson(source.Features);
        var values = new List<TruthValue>();
        for (int offset = 0; offset < count; offset += StatsBatch)
        {
            foreach (var sample in source.Generate(start + offset, Math.Min(StatsBatch, count - offset), threads))
            {
                values.AddRange(truth.Numbers(Layout.TruthOf(sample)));
            }
        }

        return values;
    }

    private DatasetSource<TSample> Source(ulong seed, bool float32) => build(seed, float32 ? Layout.WithFloat32() : Layout);
}
