using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using DeepTrack.Fluent.Datasets.Npy;

namespace DeepTrack.Fluent.Datasets.Layout;

/// <summary>A fixed number of 64-bit floats per sample (labels read from the ground truth, for example): shape (length,).</summary>
/// <typeparam name="TSample">The pipeline's output type.</typeparam>
public sealed class NumbersField<TSample> : SampleField<TSample>
{
    private readonly Func<TSample, IReadOnlyList<double>> select;

    /// <summary>Creates the field.</summary>
    /// <param name="name">The array's name.</param>
    /// <param name="length">Values per sample (≥ 1).</param>
    /// <param name="select">Computes a sample's values.</param>
    public NumbersField(string name, int length, Func<TSample, IReadOnlyList<double>> select)
        : base(name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        Length = length;
        this.select = select ?? throw new ArgumentNullException(nameof(select));
    }

    /// <summary>Values per sample.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public override NpyDType DType => NpyDType.Float64;

    /// <inheritdoc />
    public override IReadOnlyList<long> ShapeOf(TSample sample) => [Select(sample).Count];

    /// <inheritdoc />
    public override void Encode(TSample sample, Span<byte> destination)
    {
        var values = Select(sample);
        var target = MemoryMarshal.Cast<byte, double>(destination);
        for (int i = 0; i < values.Count; i++)
        {
            target[i] = values[i];
        }
    }

    private IReadOnlyList<double> Select(TSample sample)
    {
        var values = select(sample) ?? throw new InvalidOperationException($"The selector of field '{Name}' returned nothing.");
        return values.Count == Length
            ? values
            : throw new InvalidOperationException($"Field '{Name}' is declared with {Length} values per sample, but a sample gave {values.Count}.");
    }
}
