using System;
using System.Linq;

namespace DeepTrack.Fluent.Torch;

/// <summary>The per-sample shapes of the input and label tensors (without the batch dimension).</summary>
/// <param name="Input">The input shape: channels, height, width.</param>
/// <param name="Label">The label shape: (count) for numbers, (C, H, W) for images, () for a class index, (H, W) for a class map.</param>
/// <param name="Kind">What the label is.</param>
public sealed record SampleShape(int[] Input, int[] Label, LabelKind Kind)
{
    /// <summary>Input values per sample.</summary>
    public int InputLength => Input.Aggregate(1, (a, b) => a * b);

    /// <summary>Label values per sample.</summary>
    public int LabelLength => Label.Aggregate(1, (a, b) => a * b);

    /// <summary>The batch shape of the inputs for <paramref name="count"/> samples.</summary>
    /// <param name="count">Samples in the batch.</param>
    /// <returns>(N, C, H, W).</returns>
    public long[] InputBatch(int count) => [count, .. Input.Select(d => (long)d)];

    /// <summary>The batch shape of the labels for <paramref name="count"/> samples.</summary>
    /// <param name="count">Samples in the batch.</param>
    /// <returns>(N, …label shape).</returns>
    public long[] LabelBatch(int count) => [count, .. Label.Select(d => (long)d)];

    /// <inheritdoc/>
    public override string ToString()
        => $"input ({string.Join(", ", Input)}), {Kind} label ({string.Join(", ", Label)})";

    /// <summary>Checks that an encoded sample has this shape.</summary>
    /// <param name="sample">The sample.</param>
    /// <exception cref="InvalidOperationException">The sample has other lengths.</exception>
    internal void Check(EncodedSample sample)
    {
        if (sample.Input.Length != InputLength || sample.Label.Length != LabelLength)
        {
            throw new InvalidOperationException(
                $"Sample {sample.Index} has {sample.Input.Length} input and {sample.Label.Length} label values, but the data set's shape is {this} " +
                $"({InputLength} and {LabelLength} values): every sample of a data set must have the same shape.");
        }
    }
}
