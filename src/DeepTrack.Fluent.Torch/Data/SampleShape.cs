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

    /// <summary>Checks that an encoded sample has this shape and only finite values.</summary>
    /// <param name="sample">The sample.</param>
    /// <exception cref="InvalidOperationException">The sample has other lengths, or a NaN or infinite value (the message says where).</exception>
    internal void Check(EncodedSample sample)
    {
        if (sample.Input.Length != InputLength || sample.Label.Length != LabelLength)
        {
            throw new InvalidOperationException(
                $"Sample {sample.Index} has {sample.Input.Length} input and {sample.Label.Length} label values, but the data set's shape is {this} " +
                $"({InputLength} and {LabelLength} values): every sample of a data set must have the same shape.");
        }

        if (NonFinite(sample) is { } problem)
        {
            throw new InvalidOperationException($"Sample {sample.Index} {problem}: a network cannot learn from it.");
        }
    }

    /// <summary>Where the first NaN or infinite value of a sample is (null: there is none).</summary>
    /// <param name="sample">A sample of this shape.</param>
    /// <returns>E.g. "has NaN in its input image at channel 0, row 3, column 7".</returns>
    internal string? NonFinite(EncodedSample sample)
    {
        int input = FirstNonFinite(sample.Input);
        if (input >= 0)
        {
            return $"has {Describe(sample.Input[input])} in its input image at {Position(Input, input)}";
        }

        int label = FirstNonFinite(sample.Label);
        return label >= 0 ? $"has {Describe(sample.Label[label])} in its label at {Position(Label, label)}" : null;
    }

    private static int FirstNonFinite(float[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!float.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Describe(float value)
        => float.IsNaN(value) ? "NaN" : $"{(value > 0 ? "+" : "−")}∞ (a value beyond ±3.4·10³⁸ does not fit in float32, or the value itself is infinite)";

    /// <summary>A flat index as (channel, row, column), (row, column) or a value index, depending on the rank.</summary>
    private static string Position(int[] shape, int index)
    {
        return shape.Length switch
        {
            3 => $"channel {index / (shape[1] * shape[2])}, row {index / shape[2] % shape[1]}, column {index % shape[2]}",
            2 => $"row {index / shape[1]}, column {index % shape[1]}",
            _ => $"value {index}",
        };
    }
}
