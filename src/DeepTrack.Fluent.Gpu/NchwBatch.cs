using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent.Gpu;

/// <summary>
/// A batch of single-channel images as one float32 array in NCHW order, the layout a TorchSharp model takes
/// (<c>torch.tensor(batch.Values, batch.Shape)</c>), with each image's ground truth.
/// </summary>
public sealed class NchwBatch
{
    internal NchwBatch(float[] values, int count, int height, int width, IReadOnlyList<GroundTruth> truth)
    {
        Values = values;
        Count = count;
        Height = height;
        Width = width;
        Truth = truth;
    }

    /// <summary>The pixels: image n, row r, column c at (n·Height + r)·Width + c.</summary>
    public float[] Values { get; }

    /// <summary>N, the number of images.</summary>
    public int Count { get; }

    /// <summary>H, the rows per image.</summary>
    public int Height { get; }

    /// <summary>W, the columns per image.</summary>
    public int Width { get; }

    /// <summary>{N, 1, H, W}.</summary>
    public long[] Shape => [Count, 1, Height, Width];

    /// <summary>The ground truth of each image (what <c>Generate</c> attaches to it).</summary>
    public IReadOnlyList<GroundTruth> Truth { get; }

    /// <summary>Image <paramref name="index"/>'s pixels.</summary>
    /// <param name="index">The image (0 ≤ index &lt; <see cref="Count"/>).</param>
    /// <returns>Its H·W values, row-major.</returns>
    public ReadOnlySpan<float> Image(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return Values.AsSpan(index * Height * Width, Height * Width);
    }
}
