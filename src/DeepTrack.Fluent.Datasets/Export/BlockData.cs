using System;
using System.Collections.Generic;
using DeepTrack.Fluent.Datasets.Npy;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>One block's samples, encoded: each array's bytes (samples first) and each sample's ground-truth JSON.</summary>
internal sealed class BlockData
{
    public BlockData(DatasetManifest plan, ExportBlock block, IReadOnlyList<long> sampleBytes)
    {
        Plan = plan;
        Block = block;
        Arrays = new byte[plan.Arrays.Count][];
        for (int a = 0; a < Arrays.Length; a++)
        {
            Arrays[a] = GC.AllocateUninitializedArray<byte>(checked((int)(sampleBytes[a] * block.Count)));
        }

        Truths = new byte[block.Count][];
    }

    public DatasetManifest Plan { get; }

    public ExportBlock Block { get; }

    public byte[][] Arrays { get; }

    public byte[][] Truths { get; }

    public long[] Indices()
    {
        var indices = new long[Block.Count];
        for (int i = 0; i < indices.Length; i++)
        {
            indices[i] = Block.First + i;
        }

        return indices;
    }

    /// <summary>The .npy header of array <paramref name="a"/> for the whole block (samples first).</summary>
    public NpyHeader BlockHeader(int a) => new(NpyDType.Parse(Plan.Arrays[a].DType), [Block.Count, .. Plan.Arrays[a].Shape]);

    /// <summary>The .npy header of array <paramref name="a"/> for one sample.</summary>
    public NpyHeader SampleHeader(int a) => new(NpyDType.Parse(Plan.Arrays[a].DType), Plan.Arrays[a].Shape);

    /// <summary>One sample's bytes of array <paramref name="a"/>.</summary>
    public ReadOnlyMemory<byte> SampleBytes(int a, int sample)
    {
        int length = Arrays[a].Length / Block.Count;
        return Arrays[a].AsMemory(sample * length, length);
    }
}
