using System;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>
/// Where and how to export, and which part. Files are made per block of <see cref="SamplesPerFile"/> consecutive sample
/// indices counted from <see cref="Start"/>; a shard writes a contiguous run of blocks, so the shards of any count
/// together write exactly the files of a single-process export of the same range.
/// </summary>
public sealed record ExportOptions
{
    /// <summary>The folder the files go to (created if missing).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The file format.</summary>
    public DatasetFormat Format { get; init; } = DatasetFormat.Npz;

    /// <summary>The first sample index.</summary>
    public long Start { get; init; }

    /// <summary>How many samples (≥ 1).</summary>
    public required long Count { get; init; }

    /// <summary>Samples per file block; null: 1000, or fewer so that a block holds at most 256 MiB of arrays.</summary>
    public int? SamplesPerFile { get; init; }

    /// <summary>This process's shard, 0 ≤ <see cref="Shard"/> &lt; <see cref="Shards"/>.</summary>
    public int Shard { get; init; }

    /// <summary>How many shards the export is split into (≥ 1).</summary>
    public int Shards { get; init; } = 1;

    /// <summary>Worker threads (−1: all cores). Never changes the files.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(OutputDirectory);
        Check(Start >= 0, $"The start index must be ≥ 0 (got {Start}).");
        Check(Count >= 1, $"The sample count must be ≥ 1 (got {Count}).");
        Check(Start <= long.MaxValue - Count, $"Start {Start} + count {Count} overflows the sample index.");
        Check(SamplesPerFile is null or >= 1, $"Samples per file must be ≥ 1 (got {SamplesPerFile}).");
        Check(Shards >= 1, $"The shard count must be ≥ 1 (got {Shards}).");
        Check(Shard >= 0 && Shard < Shards, $"The shard must be in 0…{Shards - 1} (got {Shard}).");
        Check(MaxDegreeOfParallelism == -1 || MaxDegreeOfParallelism >= 1, $"Threads must be ≥ 1, or −1 for all cores (got {MaxDegreeOfParallelism}).");
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
