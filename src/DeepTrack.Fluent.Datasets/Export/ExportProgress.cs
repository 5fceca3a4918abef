using System;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>How far a running export is (reported after every generated batch and every finished block).</summary>
/// <param name="SamplesDone">Samples of this shard generated or found complete on disk.</param>
/// <param name="SamplesTotal">Samples of this shard.</param>
/// <param name="FilesWritten">Files written so far.</param>
/// <param name="FilesSkipped">Files found complete (hash matching) and kept.</param>
/// <param name="BytesWritten">Bytes of the files written so far.</param>
public sealed record ExportProgress(long SamplesDone, long SamplesTotal, int FilesWritten, int FilesSkipped, long BytesWritten);
