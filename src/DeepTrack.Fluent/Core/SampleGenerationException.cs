using System;

namespace DeepTrack.Fluent;

/// <summary>
/// Thrown by <see cref="Pipeline{TIn, TOut}.Generate(int, long, int)"/> (and <see cref="Pipeline{TIn, TOut}.Stream"/>) when a sample
/// fails: says which sample of which seed failed, in which feature and replica, and the one line that reproduces it.
/// The <see cref="Exception.InnerException"/> is the original exception, unchanged.
/// </summary>
/// <remarks>
/// When several samples of one call fail, the one with the lowest index is reported, whatever the thread count:
/// every sample below it is generated first, and samples above it are not started.
/// </remarks>
public sealed class SampleGenerationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="seed">The pipeline's seed.</param>
    /// <param name="sampleIndex">The failing sample.</param>
    /// <param name="feature">The innermost feature that was being computed or resolved, or null if unknown.</param>
    /// <param name="replica">Its replica.</param>
    /// <param name="inner">The original exception.</param>
    public SampleGenerationException(ulong seed, long sampleIndex, Feature? feature, ReplicaPath replica, Exception inner)
        : base(Describe(seed, sampleIndex, feature, replica, inner ?? throw new ArgumentNullException(nameof(inner))), inner)
    {
        Seed = seed;
        SampleIndex = sampleIndex;
        Feature = feature;
        Replica = replica;
    }

    /// <summary>The seed of the pipeline.</summary>
    public ulong Seed { get; }

    /// <summary>The index of the failing sample.</summary>
    public long SampleIndex { get; }

    /// <summary>The innermost feature being computed or resolved when the exception was thrown, as declared in the pipeline (null if unknown).</summary>
    public Feature? Feature { get; }

    /// <summary>The replica of <see cref="Feature"/> (empty at the top level).</summary>
    public ReplicaPath Replica { get; }

    /// <summary>The line that reproduces the failure on one thread, on a pipeline built from the same feature with <see cref="Seed"/>.</summary>
    public string Reproduction => $"pipeline.Sample({SampleIndex})";

    private static string Describe(ulong seed, long sampleIndex, Feature? feature, ReplicaPath replica, Exception inner)
    {
        string where = feature is null ? string.Empty : $" in {ShortName(feature)}{(replica.Depth == 0 ? string.Empty : $", replica {replica}")}";
        return $"Sample {sampleIndex} (seed {seed}) failed{where}: {inner.GetType().Name}: {inner.Message} " +
            $"Reproduce it on one thread with pipeline.Sample({sampleIndex}) on a pipeline built with seed {seed}; the inner exception is the original.";
    }

    /// <summary>The feature's name, cut short for composite features whose names spell out a long chain.</summary>
    private static string ShortName(Feature feature)
    {
        const int Longest = 200;
        string name = feature.Name;
        return name.Length <= Longest ? name : string.Concat(name.AsSpan(0, Longest), "…");
    }
}
