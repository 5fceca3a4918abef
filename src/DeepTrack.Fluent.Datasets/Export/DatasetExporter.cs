using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DeepTrack.Fluent.Datasets.Truth;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>
/// Exports samples of a pipeline to files: one shard of the plan (<see cref="ExportPlan"/>), every file written under
/// a temporary name and renamed when complete, then its SHA-256 written next to it (<c>name.sha256</c>).
/// </summary>
/// <remarks>
/// <para>Resumable: a block whose files all exist and match their recorded hashes is kept, not generated again.</para>
/// <para>Shards: every process of an export writes the same <c>plan.json</c> first (a folder that holds a different
/// plan is refused), then its own blocks. Whichever process finds every file of the plan complete writes
/// <c>manifest.json</c>; running the whole range again in one process checks every file and writes it too. The
/// union of any number of shards is byte for byte the folder a single process writes.</para>
/// </remarks>
public static class DatasetExporter
{
    /// <summary>Samples generated per parallel batch (it changes no file, only how often progress is reported).</summary>
    public const int BatchSize = 64;

    /// <summary>Exports one shard (all of it, by default) of a dataset.</summary>
    /// <typeparam name="TSample">The pipeline's output type.</typeparam>
    /// <param name="source">What to export.</param>
    /// <param name="options">Where, how, which range and which shard.</param>
    /// <param name="progress">Receives progress after every batch; null for none.</param>
    /// <param name="cancellationToken">Stops between batches; files already complete stay, and a later run resumes.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="DatasetExportException">A sample failed or did not fit the layout, or the folder holds another export.</exception>
    public static ExportReport Export<TSample>(
        DatasetSource<TSample> source,
        ExportOptions options,
        IProgress<ExportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Dataset files are written little-endian, from a little-endian machine.");
        }

        var clock = Stopwatch.StartNew();
        var plan = ExportPlan.Create(source, options);
        string directory = Path.GetFullPath(options.OutputDirectory);
        Directory.CreateDirectory(directory);
        WritePlan(directory, plan);

        var blocks = plan.ForShard(options.Shard, options.Shards);
        var state = new Counters { Total = blocks.Sum(b => (long)b.Count) };
        var truth = new GroundTruthJson(source.Features);
        long simulationTicks = 0;
        Task? pending = null;
        progress?.Report(state.Snapshot());
        try
        {
            foreach (var block in blocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (string name in block.Files)
                {
                    AtomicFile.DeleteLeftovers(Path.Combine(directory, name));
                }

                if (IsComplete(directory, block))
                {
                    state.Keep(block);
                    progress?.Report(state.Snapshot());
                    continue;
                }

                var data = new BlockData(plan.Manifest, block, plan.SampleBytes);
                for (int offset = 0; offset < block.Count; offset += BatchSize)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    int count = Math.Min(BatchSize, block.Count - offset);
                    long started = Stopwatch.GetTimestamp();
                    var samples = SampleGeneration.Generate(source, block.First + offset, count, options.MaxDegreeOfParallelism);
                    long generated = Stopwatch.GetTimestamp();
                    Encode(source, plan, truth, samples, data, offset, options.MaxDegreeOfParallelism);
                    simulationTicks += generated - started;
                    state.Generated(count, Stopwatch.GetTimestamp() - generated);
                    progress?.Report(state.Snapshot());
                }

                // The files of a block are written while the next block is generated; at most one block waits.
                pending?.GetAwaiter().GetResult();
                pending = Task.Run(() => WriteBlock(directory, options.Format, data, state), CancellationToken.None);
            }
        }
        finally
        {
            // A block being written is finished even when generation stops, so that its files are complete.
            pending?.GetAwaiter().GetResult();
        }

        progress?.Report(state.Snapshot());
        bool manifest = TryWriteManifest(directory, plan);
        return new ExportReport(
            plan, state.SamplesGenerated, state.Written, state.Skipped, state.Bytes,
            Stopwatch.GetElapsedTime(0, simulationTicks), Stopwatch.GetElapsedTime(0, state.WritingTicks), clock.Elapsed, manifest);
    }

    /// <summary>Whether a block's files all exist and match the hashes written next to them.</summary>
    /// <param name="directory">The export folder.</param>
    /// <param name="block">The block.</param>
    /// <returns>True when nothing of the block needs writing.</returns>
    public static bool IsComplete(string directory, ExportBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        foreach (string name in block.Files)
        {
            string path = Path.Combine(directory, name);
            if (!File.Exists(path) || FileHash.ReadSideFile(directory, name) is not { } recorded || FileHash.Of(path) != recorded)
            {
                return false;
            }
        }

        return true;
    }

    private static void Encode<TSample>(
        DatasetSource<TSample> source, ExportPlan plan, GroundTruthJson truth, TSample[] samples, BlockData data, int offset, int threads)
    {
        var fields = source.Layout.Fields;
        var errors = new Exception?[samples.Length];
        Parallel.For(0, samples.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            long index = data.Block.First + offset + i;
            try
            {
                for (int a = 0; a < fields.Count; a++)
                {
                    var shape = fields[a].ShapeOf(samples[i]);
                    var expected = plan.Manifest.Arrays[a].Shape;
                    if (!shape.SequenceEqual(expected))
                    {
                        errors[i] = new DatasetExportException(
                            $"Sample {index} of '{source.Name}' (seed {source.Seed}): '{fields[a].Name}' has shape ({string.Join(", ", shape)}), " +
                            $"but sample {plan.Manifest.First} has ({string.Join(", ", expected)}). Every sample of an export must have one shape: " +
                            "fix the output size of the pipeline (an output region, a crop or a resize).");
                        return;
                    }

                    int bytes = (int)plan.SampleBytes[a];
                    fields[a].Encode(samples[i], data.Arrays[a].AsSpan((offset + i) * bytes, bytes));
                }

                data.Truths[offset + i] = truth.Serialize(index, source.Layout.TruthOf(samples[i]));
            }
            catch (Exception e)
            {
                errors[i] = SampleGeneration.Failure(source, index, e);
            }
        });

        // The failure of the lowest sample index, whatever the thread schedule.
        if (errors.FirstOrDefault(e => e is not null) is { } first)
        {
            throw first;
        }
    }

    private static void WriteBlock(string directory, DatasetFormat format, BlockData data, Counters state)
    {
        long started = Stopwatch.GetTimestamp();
        var finals = data.Block.Files.Select(name => Path.Combine(directory, name)).ToList();
        var temporaries = finals.Select(AtomicFile.TemporaryName).ToList();
        BlockWriter.Write(format, data, temporaries);
        long bytes = 0;
        for (int f = 0; f < finals.Count; f++)
        {
            string hash = FileHash.Of(temporaries[f]);
            bytes += new FileInfo(temporaries[f]).Length;
            File.Move(temporaries[f], finals[f], overwrite: true);
            FileHash.WriteSideFile(directory, data.Block.Files[f], hash);
        }

        state.Wrote(finals.Count, bytes, Stopwatch.GetTimestamp() - started);
    }

    private static void WritePlan(string directory, ExportPlan plan)
    {
        string path = Path.Combine(directory, DatasetManifest.PlanFileName);
        byte[] bytes = plan.Manifest.ToJson();
        if (File.Exists(path))
        {
            if (File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                return;
            }

            throw new DatasetExportException(
                $"{directory} holds an export planned differently ({Differences(DatasetManifest.Read(path), plan.Manifest)}). " +
                "Export to another folder, or delete that one to start over.");
        }

        AtomicFile.WriteAllBytes(path, bytes);
    }

    private static string Differences(DatasetManifest there, DatasetManifest here)
    {
        var differences = new List<string>();
        void Compare(string what, object a, object b)
        {
            if (!Equals(a, b))
            {
                differences.Add($"{what} {a} there, {b} here");
            }
        }

        Compare("pipeline", there.Pipeline, here.Pipeline);
        Compare("seed", there.Seed, here.Seed);
        Compare("first index", there.First, here.First);
        Compare("count", there.Count, here.Count);
        Compare("samples per file", there.SamplesPerFile, here.SamplesPerFile);
        Compare("format", there.Format, here.Format);
        Compare("library", there.Library, here.Library);
        Compare("arrays", Describe(there.Arrays), Describe(here.Arrays));
        if (!there.Description.SequenceEqual(here.Description))
        {
            differences.Add("the pipeline's features or rules differ");
        }

        return differences.Count > 0 ? string.Join("; ", differences) : "the plan files differ";
    }

    private static string Describe(IReadOnlyList<ManifestArray> arrays)
        => string.Join(", ", arrays.Select(a => $"{a.Name} {a.DType} ({string.Join(", ", a.Shape)})"));

    private static bool TryWriteManifest(string directory, ExportPlan plan)
    {
        var files = new List<ManifestFile>(plan.Manifest.Files.Count);
        foreach (var file in plan.Manifest.Files)
        {
            if (FileHash.ReadSideFile(directory, file.Name) is not { } hash || !File.Exists(Path.Combine(directory, file.Name)))
            {
                return false;
            }

            files.Add(file with { Sha256 = hash });
        }

        AtomicFile.WriteAllBytes(Path.Combine(directory, DatasetManifest.FileName), (plan.Manifest with { Files = files }).ToJson());
        return true;
    }

    /// <summary>What the export has done so far; updated by the generating thread and by the thread writing files.</summary>
    private sealed class Counters
    {
        private readonly Lock gate = new();
        private long done;
        private long generated;
        private int written;
        private int skipped;
        private long bytes;
        private long writingTicks;

        public long Total { get; init; }

        public long SamplesGenerated
        {
            get
            {
                lock (gate)
                {
                    return generated;
                }
            }
        }

        public int Written
        {
            get
            {
                lock (gate)
                {
                    return written;
                }
            }
        }

        public int Skipped
        {
            get
            {
                lock (gate)
                {
                    return skipped;
                }
            }
        }

        public long Bytes
        {
            get
            {
                lock (gate)
                {
                    return bytes;
                }
            }
        }

        /// <summary>Time spent encoding samples and writing and hashing files, in timestamp ticks.</summary>
        public long WritingTicks
        {
            get
            {
                lock (gate)
                {
                    return writingTicks;
                }
            }
        }

        public void Keep(ExportBlock block)
        {
            lock (gate)
            {
                skipped += block.Files.Count;
                done += block.Count;
            }
        }

        public void Generated(int count, long encodingTicks)
        {
            lock (gate)
            {
                done += count;
                generated += count;
                writingTicks += encodingTicks;
            }
        }

        public void Wrote(int files, long fileBytes, long ticks)
        {
            lock (gate)
            {
                written += files;
                bytes += fileBytes;
                writingTicks += ticks;
            }
        }

        public ExportProgress Snapshot()
        {
            lock (gate)
            {
                return new(done, Total, written, skipped, bytes);
            }
        }
    }
}
