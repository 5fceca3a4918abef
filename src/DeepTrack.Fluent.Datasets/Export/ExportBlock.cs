using System.Collections.Generic;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>One block of consecutive samples and the files that hold it.</summary>
/// <param name="Index">The block's number, from 0.</param>
/// <param name="First">Its first sample index.</param>
/// <param name="Count">Its number of samples.</param>
/// <param name="Files">The names of its files (one, or one per array for <see cref="DatasetFormat.Npy"/>).</param>
public sealed record ExportBlock(int Index, long First, int Count, IReadOnlyList<string> Files);
