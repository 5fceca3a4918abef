using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent.Gpu;

/// <summary>
/// A batch of images as one float32 array in NCHW order, the layout a TorchSharp model takes
/// (<c>torch.tensor(batch.Values, batch.Shape)</c>), with each image's ground truth. The channels are the image's
/// planes: 1 for intensity images, 2 for <c>Holography</c>'s field (real, then imaginary).
/// </summary>
public sealed class NchwBatch
{
    internal NchwBatch(float[] values, int count, int channels, int height, int width, IReadOnlyList<GroundTruth> truth)
    {
        Values = values;
        Count = count;
        Channels = channels;
        Height = height;
        Width = width;
        Truth = truth;
    }

    /// <summary>The pixels: image n, channel ch, row r, column c at ((n·Channels + ch)·Height + r)·Width + c.</summary>
    public float[] Values { get; }

    /// <summary>N, the number of images.</summary>
    public int Count { get; }

    /// <summary>C, the channels (planes) per image.</summary>
    public int Channels { get; }

    /// <summary>H, the rows per image.</summary>
    public int Height { get; }

    /// <summary>W, the columns per image.</summary>
    public int Width { get; }

    /// <summary>{N, C, H, W}.</summary>
    public long[] Shape => [Count, Channels, Height, Width];

    /// <summary>The ground truth of each image (what <c>Generate</c> attaches to it).</summary>
    public IReadOnlyList<GroundTruth> Truth { get; }

    /// <summary>Image <paramref name="index"/>'s pixels.</summary>
    /// <param name="index">The image (0 ≤ index &lt; <see cref="Count"/>).</param>
    /// <returns>Its C·H·W values, channel-major, then row-major.</returns>
    public ReadOnlySpan<float> Image(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        int length = Channels * Height * Width;
        return Values.AsSpan(index * length, length);
    }
}
