using System;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>Generates samples for an export; a failure names the first sample that fails and how to reproduce it.</summary>
internal static class SampleGeneration
{
    public static TSample[] Generate<TSample>(DatasetSource<TSample> source, long start, int count, int threads)
    {
        try
        {
            return source.Generate(start, count, threads);
        }
        catch (SampleGenerationException failure)
        {
            // The pipeline reports the lowest failing sample of the batch whatever the thread count.
            throw Failure(source, failure.SampleIndex, failure.InnerException ?? failure);
        }
    }

    public static DatasetExportException Failure<TSample>(DatasetSource<TSample> source, long index, Exception cause)
        => new(
            $"Sample {index} of '{source.Name}' (seed {source.Seed}) failed: {cause.Message} " +
            $"Reproduce it with pipeline.Sample({index}) on the pipeline built with seed {source.Seed}.",
            cause);
}
