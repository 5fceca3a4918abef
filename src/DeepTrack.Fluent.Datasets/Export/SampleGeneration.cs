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
        catch (Exception batch) when (batch is not OperationCanceledException)
        {
            for (long index = start; index < start + count; index++)
            {
                try
                {
                    source.Generate(index, 1, 1);
                }
                catch (Exception single)
                {
                    throw Failure(source, index, Unwrap(single));
                }
            }

            throw Failure(source, start, Unwrap(batch));
        }
    }

    public static DatasetExportException Failure<TSample>(DatasetSource<TSample> source, long index, Exception cause)
        => new(
            $"Sample {index} of '{source.Name}' (seed {source.Seed}) failed: {cause.Message} " +
            $"Reproduce it with pipeline.Sample({index}) on the pipeline built with seed {source.Seed}.",
            cause);

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : e;
}
