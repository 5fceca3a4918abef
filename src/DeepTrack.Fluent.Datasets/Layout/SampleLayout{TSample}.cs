using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace DeepTrack.Fluent.Datasets.Layout;

/// <summary>
/// What a dataset stores of each sample of a pipeline: named arrays (<see cref="Fields"/>, in order) and the ground
/// truth, written as JSON. Immutable: every method returns a new layout.
/// </summary>
/// <typeparam name="TSample">The pipeline's output type.</typeparam>
public sealed class SampleLayout<TSample>
{
    private readonly SampleField<TSample>[] fields;
    private readonly Func<TSample, GroundTruth>? truth;

    internal SampleLayout(SampleField<TSample>[] fields, Func<TSample, GroundTruth>? truth)
    {
        this.fields = fields;
        this.truth = truth;
    }

    /// <summary>The arrays, in the order they are written.</summary>
    public IReadOnlyList<SampleField<TSample>> Fields => fields;

    /// <summary>Adds an image array.</summary>
    /// <typeparam name="T">The pixel type.</typeparam>
    /// <param name="name">The array's name.</param>
    /// <param name="select">Picks the image of a sample.</param>
    /// <param name="asFloat32">Store 64-bit pixels as 32-bit floats.</param>
    /// <returns>The new layout.</returns>
    public SampleLayout<TSample> Image<T>(string name, Func<TSample, Image<T>> select, bool asFloat32 = false)
        where T : unmanaged, INumberBase<T>
        => Add(new ImageField<TSample, T>(name, select, asFloat32));

    /// <summary>Adds a vector of <paramref name="length"/> numbers per sample.</summary>
    /// <param name="name">The array's name.</param>
    /// <param name="length">Values per sample.</param>
    /// <param name="select">Computes a sample's values (for example from its ground truth).</param>
    /// <returns>The new layout.</returns>
    public SampleLayout<TSample> Numbers(string name, int length, Func<TSample, IReadOnlyList<double>> select)
        => Add(new NumbersField<TSample>(name, length, select));

    /// <summary>Adds a field of any kind.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The new layout.</returns>
    public SampleLayout<TSample> Add(SampleField<TSample> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (fields.Any(f => f.Name == field.Name))
        {
            throw new ArgumentException($"The layout already has a field named '{field.Name}'.", nameof(field));
        }

        return new([.. fields, field], truth);
    }

    /// <summary>Reads the ground truth of a sample with <paramref name="select"/> instead of from its images.</summary>
    /// <param name="select">Gives a sample's ground truth.</param>
    /// <returns>The new layout.</returns>
    public SampleLayout<TSample> WithTruth(Func<TSample, GroundTruth> select)
        => new(fields, select ?? throw new ArgumentNullException(nameof(select)));

    /// <summary>The same layout with every 64-bit float image stored as 32-bit floats (half the bytes).</summary>
    /// <returns>The new layout.</returns>
    public SampleLayout<TSample> WithFloat32() => new([.. fields.Select(f => f.AsFloat32())], truth);

    /// <summary>
    /// The ground truth of a sample: what <see cref="WithTruth"/> gave, else the sample's own if it carries one, else
    /// the union of its fields' (an image and its mask share the draws that made them, so nothing is repeated).
    /// </summary>
    /// <param name="sample">The sample.</param>
    /// <returns>The ground truth.</returns>
    public GroundTruth TruthOf(TSample sample)
    {
        if (truth is not null)
        {
            return truth(sample) ?? GroundTruth.Empty;
        }

        if (sample is IGroundTruthCarrier carrier)
        {
            return carrier.Truth;
        }

        var merged = GroundTruth.Empty;
        foreach (var field in fields)
        {
            if (field.TruthOf(sample) is { } fieldTruth)
            {
                merged = merged.Merge(fieldTruth);
            }
        }

        return merged;
    }
}
