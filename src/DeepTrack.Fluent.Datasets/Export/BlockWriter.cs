using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DeepTrack.Fluent.Datasets.Hdf5;
using DeepTrack.Fluent.Datasets.Npy;
using DeepTrack.Fluent.Datasets.Tar;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>Writes one block's files in a format; <c>paths</c> are in the order of <see cref="ExportBlock.Files"/>.</summary>
internal static class BlockWriter
{
    public static void Write(DatasetFormat format, BlockData data, IReadOnlyList<string> paths)
    {
        switch (format)
        {
            case DatasetFormat.Npz:
                WriteNpz(data, paths[0]);
                break;
            case DatasetFormat.Npy:
                WriteNpy(data, paths);
                break;
            case DatasetFormat.Hdf5:
                Hdf5BlockFile.Write(data, paths[0]);
                break;
            case DatasetFormat.Tar:
                WriteTar(data, paths[0]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown dataset format.");
        }
    }

    private static void WriteNpz(BlockData data, string path)
    {
        using var file = File.Create(path);
        using var npz = new NpzWriter(file);
        npz.Write<long>("index", data.Indices(), data.Block.Count);
        for (int a = 0; a < data.Arrays.Length; a++)
        {
            npz.WriteBytes(data.Plan.Arrays[a].Name, data.BlockHeader(a), data.Arrays[a]);
        }

        npz.WriteByteStrings("truth", data.Truths);
    }

    private static void WriteNpy(BlockData data, IReadOnlyList<string> paths)
    {
        NpyFile.Write<long>(paths[0], data.Indices(), data.Block.Count);
        for (int a = 0; a < data.Arrays.Length; a++)
        {
            using var file = File.Create(paths[a + 1]);
            NpyFile.WriteBytes(file, data.BlockHeader(a), data.Arrays[a]);
        }

        using var lines = File.Create(paths[^1]);
        foreach (var truth in data.Truths)
        {
            lines.Write(truth);
            lines.WriteByte((byte)'\n');
        }
    }

    private static void WriteTar(BlockData data, string path)
    {
        var headers = new byte[data.Arrays.Length][];
        for (int a = 0; a < headers.Length; a++)
        {
            headers[a] = data.SampleHeader(a).ToBytes();
        }

        using var file = File.Create(path);
        using var tar = new WebDatasetWriter(file);
        var parts = new List<(string, ReadOnlyMemory<byte>)>(data.Arrays.Length + 1);
        for (int i = 0; i < data.Block.Count; i++)
        {
            parts.Clear();
            for (int a = 0; a < data.Arrays.Length; a++)
            {
                var sample = data.SampleBytes(a, i);
                var npy = new byte[headers[a].Length + sample.Length];
                headers[a].CopyTo(npy, 0);
                sample.Span.CopyTo(npy.AsSpan(headers[a].Length));
                parts.Add((data.Plan.Arrays[a].Name + ".npy", npy));
            }

            parts.Add(("json", data.Truths[i]));
            tar.WriteSample((data.Block.First + i).ToString("D9", CultureInfo.InvariantCulture), parts);
        }
    }
}
