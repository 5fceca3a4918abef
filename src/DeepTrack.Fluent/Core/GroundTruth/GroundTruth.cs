using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>
/// The property values of every feature evaluation that made an output, without duplicates, in
/// evaluation order (replicas in order). Read it typed: <c>truth.Get(particle, p =&gt; p.Position)</c>.
/// </summary>
/// <remarks>
/// Asking for a feature that is not part of the pipeline that made the output (for example a copy returned by a
/// <c>With…</c> call, which is a new feature) throws an <see cref="ArgumentException"/>; a feature of the pipeline
/// that did not contribute (zero replicas, a probability that did not apply) gives an empty list.
/// </remarks>
public sealed class GroundTruth
{
    private readonly GroundTruthEntry[] entries;

    internal GroundTruth(GroundTruthEntry[] entries, PipelineGraph? pipeline = null)
    {
        this.entries = entries;
        Pipeline = pipeline;
    }

    /// <summary>No entries.</summary>
    public static GroundTruth Empty { get; } = new([]);

    /// <summary>The features of the pipeline that made the output, or null when unknown (an image made outside a pipeline, or merged from two pipelines).</summary>
    internal PipelineGraph? Pipeline { get; }

    /// <summary>All entries.</summary>
    public IReadOnlyList<GroundTruthEntry> Entries => entries;

    /// <summary>
    /// The value of a property for every evaluation of <paramref name="feature"/>, in order. Values whose
    /// type is positional (<see cref="IPositional{TSelf}"/>) are mapped through every pixel-moving
    /// feature applied since (flips, crops, pooling…), so they stay in the output's pixel frame.
    /// </summary>
    /// <typeparam name="TFeature">The feature's type.</typeparam>
    /// <typeparam name="TValue">The value's type.</typeparam>
    /// <param name="feature">The feature, as declared in the pipeline.</param>
    /// <param name="selector">Selects the value from the resolved feature.</param>
    /// <returns>One value per evaluation (per replica), in order; empty if the feature is part of the pipeline but did not contribute.</returns>
    /// <exception cref="ArgumentException"><paramref name="feature"/> is not part of the pipeline that made the output.</exception>
    public IReadOnlyList<TValue> Get<TFeature, TValue>(TFeature feature, Func<TFeature, TValue> selector)
        where TFeature : Feature
        => Select(feature, selector, mapPositions: true);

    /// <summary>Like <see cref="Get{TFeature, TValue}"/> but without mapping positions: values as the feature drew them.</summary>
    /// <typeparam name="TFeature">The feature's type.</typeparam>
    /// <typeparam name="TValue">The value's type.</typeparam>
    /// <param name="feature">The feature, as declared in the pipeline.</param>
    /// <param name="selector">Selects the value from the resolved feature.</param>
    /// <returns>One value per evaluation, in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="feature"/> is not part of the pipeline that made the output.</exception>
    public IReadOnlyList<TValue> GetUnmapped<TFeature, TValue>(TFeature feature, Func<TFeature, TValue> selector)
        where TFeature : Feature
        => Select(feature, selector, mapPositions: false);

    /// <summary>The union of two ground truths, without duplicates (same feature and replica), this one first.</summary>
    /// <param name="other">The other ground truth.</param>
    /// <returns>The union.</returns>
    public GroundTruth Merge(GroundTruth other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var pipeline = ReferenceEquals(Pipeline, other.Pipeline) || other.Pipeline is null ? Pipeline : Pipeline is null ? other.Pipeline : null;
        if (ReferenceEquals(this, other) || (other.entries.Length == 0 && ReferenceEquals(pipeline, Pipeline)))
        {
            return this;
        }

        if (entries.Length == 0 && ReferenceEquals(pipeline, other.Pipeline))
        {
            return other;
        }

        var builder = new GroundTruthBuilder();
        builder.AddRange(this, null);
        builder.AddRange(other, null);
        return builder.Build(pipeline);
    }

    private List<TValue> Select<TFeature, TValue>(TFeature feature, Func<TFeature, TValue> selector, bool mapPositions)
        where TFeature : Feature
    {
        ArgumentNullException.ThrowIfNull(feature);
        ArgumentNullException.ThrowIfNull(selector);
        var values = new List<TValue>();
        foreach (var entry in entries)
        {
            if (ReferenceEquals(entry.Feature, feature))
            {
                TValue value = selector((TFeature)entry.Values);
                if (mapPositions && entry.Mapping is not null && value is IPositional<TValue> positional)
                {
                    value = positional.Map(entry.Mapping);
                }

                values.Add(value);
            }
        }

        if (values.Count == 0 && Pipeline is not null && !Pipeline.Contains(feature))
        {
            throw new ArgumentException(
                $"{feature.Name} is not part of the pipeline that made this output, so it has no ground truth here. A With… call returns a new feature: " +
                "ask for the feature object that was put into the pipeline (keep it in a variable, build the pipeline from that variable, and pass the same variable here).",
                nameof(feature));
        }

        return values;
    }
}
