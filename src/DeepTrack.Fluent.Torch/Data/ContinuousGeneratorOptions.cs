using System;

namespace DeepTrack.Fluent.Torch;

/// <summary>How a <see cref="ContinuousGenerator{TIn, TSample}"/> keeps its buffer.</summary>
public sealed record ContinuousGeneratorOptions
{
    /// <summary>Samples that must exist before the first epoch starts.</summary>
    public int MinSize { get; init; } = 1000;

    /// <summary>The most samples an epoch uses (and the most the producer keeps waiting).</summary>
    public int MaxSize { get; init; } = 4000;

    /// <summary>Samples per batch (a last, smaller batch is skipped).</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>The most epochs that any sample is served in (k).</summary>
    public int MaxEpochsPerSample { get; init; } = 4;

    /// <summary>
    /// New samples admitted at each epoch after the first (null: everything produced meanwhile, up to <see cref="MaxSize"/>,
    /// which depends on how fast the producer ran). Set it to make the composition of every epoch a function of the seed.
    /// </summary>
    public int? NewSamplesPerEpoch { get; init; }

    /// <summary>The pipeline sample index the producer starts at.</summary>
    public long Start { get; init; }

    /// <summary>The seed of the shuffling of each epoch.</summary>
    public ulong Seed { get; init; }

    /// <summary>Samples the producer generates per parallel chunk.</summary>
    public int ChunkSize { get; init; } = 64;

    /// <summary>Threads the producer generates with (−1: all cores). Never changes the samples.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws when an option is out of range, naming it and its value.</summary>
    internal void Validate()
    {
        Positive(MinSize, nameof(MinSize));
        Positive(BatchSize, nameof(BatchSize));
        Positive(MaxEpochsPerSample, nameof(MaxEpochsPerSample));
        Positive(ChunkSize, nameof(ChunkSize));
        if (MaxSize < MinSize)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSize), MaxSize, $"MaxSize must be at least MinSize ({MinSize}).");
        }

        if (MinSize < BatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(MinSize), MinSize, $"MinSize must be at least one batch ({BatchSize}).");
        }

        if (NewSamplesPerEpoch is { } n && n < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(NewSamplesPerEpoch), n, "Cannot be negative.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(Start);
        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Use −1 (all cores) or a positive number.");
        }
    }

    private static void Positive(int value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1.");
        }
    }
}
