using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>
/// Which files an export makes and what each holds. A pure function of the pipeline (its printout and seed), the
/// layout, the format, the index range and the block size: never of the shard count or the thread count.
/// </summary>
public sealed class ExportPlan
{
    /// <summary>The default cap on one block's arrays, used when <see cref="ExportOptions.SamplesPerFile"/> is not given.</summary>
    public const long DefaultBlockBytes = 256L << 20;

    /// <summary>The default number of samples per block when they are small enough.</summary>
    public const int DefaultSamplesPerFile = 1000;

    private ExportPlan(DatasetManifest manifest, IReadOnlyList<ExportBlock> blocks, IReadOnlyList<long> sampleBytes)
    {
        Manifest = manifest;
        Blocks = blocks;
        SampleBytes = sampleBytes;
    }

    /// <summary>The manifest of the export without file hashes (the plan's own <c>plan.json</c>).</summary>
    public DatasetManifest Manifest { get; }

    /// <summary>Every block, in index order.</summary>
    public IReadOnlyList<ExportBlock> Blocks { get; }

    /// <summary>Bytes of each array per sample, in layout order.</summary>
    public IReadOnlyList<long> SampleBytes { get; }

    /// <summary>The version text of the library that made the files, e.g. <c>DeepTrack.Fluent 0.1.0+commit</c>.</summary>
    public static string LibraryVersion { get; } =
        "DeepTrack.Fluent " + (typeof(Feature).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(Feature).Assembly.GetName().Version?.ToString() ?? "unknown");

    /// <summary>Plans an export. Draws sample <see cref="ExportOptions.Start"/> once to learn the arrays' shapes.</summary>
    /// <typeparam name="TSample">The pipeline's output type.</typeparam>
    /// <param name="source">What to export.</param>
    /// <param name="options">How and which range.</param>
    /// <returns>The plan.</returns>
    public static ExportPlan Create<TSample>(DatasetSource<TSample> source, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var first = SampleGeneration.Generate(source, options.Start, 1, 1)[0];
        var arrays = source.Layout.Fields
            .Select(f => new ManifestArray(f.Name, f.DType.Descr, [.. f.ShapeOf(first)]))
            .ToList();
        var sampleBytes = source.Layout.Fields
            .Select((f, i) => arrays[i].Shape.Aggregate((long)f.DType.ItemSize, (product, d) => checked(product * d)))
            .ToList();
        long bytesPerSample = Math.Max(1, sampleBytes.Sum());
        int samplesPerFile = options.SamplesPerFile
            ?? (int)Math.Clamp(DefaultBlockBytes / bytesPerSample, 1, DefaultSamplesPerFile);
        if ((long)samplesPerFile * bytesPerSample > int.MaxValue)
        {
            throw new ArgumentException(
                $"{samplesPerFile} samples of {bytesPerSample} bytes make blocks over 2 GiB; choose at most {int.MaxValue / bytesPerSample} samples per file.");
        }

        long blockCount = (options.Count + samplesPerFile - 1) / samplesPerFile;
        if (blockCount > int.MaxValue)
        {
            throw new ArgumentException($"{blockCount} file blocks are too many; choose more samples per file.");
        }

        var blocks = new List<ExportBlock>((int)blockCount);
        for (int j = 0; j < blockCount; j++)
        {
            long firstIndex = options.Start + ((long)j * samplesPerFile);
            int count = (int)Math.Min(samplesPerFile, options.Start + options.Count - firstIndex);
            string prefix = source.Name + "-" + firstIndex.ToString("D9", CultureInfo.InvariantCulture);
            blocks.Add(new ExportBlock(j, firstIndex, count, FileNames(options.Format, prefix, arrays)));
        }

        var manifest = new DatasetManifest
        {
            Library = LibraryVersion,
            Pipeline = source.Name,
            Description = source.Description,
            Seed = source.Seed,
            First = options.Start,
            Count = options.Count,
            SamplesPerFile = samplesPerFile,
            Format = FormatName(options.Format),
            Arrays = arrays,
            Files = [.. blocks.SelectMany(b => b.Files.Select(name => new ManifestFile(name, b.First, b.Count)))],
        };
        return new ExportPlan(manifest, blocks, sampleBytes);
    }

    /// <summary>
    /// The blocks of one shard: a contiguous run, blocks ⌊k·B/n⌋ to ⌊(k+1)·B/n⌋ − 1 of the B blocks, so every block
    /// belongs to exactly one shard and the shards' sizes differ by at most one block.
    /// </summary>
    /// <param name="shard">The shard, 0 ≤ shard &lt; shards.</param>
    /// <param name="shards">The number of shards.</param>
    /// <returns>The blocks.</returns>
    public IReadOnlyList<ExportBlock> ForShard(int shard, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shard, shards);
        int from = (int)((long)shard * Blocks.Count / shards);
        int to = (int)((long)(shard + 1) * Blocks.Count / shards);
        return [.. Blocks.Skip(from).Take(to - from)];
    }

    /// <summary>The name of a format in manifests and on the command line.</summary>
    /// <param name="format">The format.</param>
    /// <returns><c>npz</c>, <c>npy</c>, <c>hdf5</c> or <c>tar</c>.</returns>
    public static string FormatName(DatasetFormat format) => format switch
    {
        DatasetFormat.Npz => "npz",
        DatasetFormat.Npy => "npy",
        DatasetFormat.Hdf5 => "hdf5",
        DatasetFormat.Tar => "tar",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown dataset format."),
    };

    private static List<string> FileNames(DatasetFormat format, string prefix, List<ManifestArray> arrays) => format switch
    {
        DatasetFormat.Npz => [prefix + ".npz"],
        DatasetFormat.Npy => [prefix + ".index.npy", .. arrays.Select(a => $"{prefix}.{a.Name}.npy"), prefix + ".truth.jsonl"],
        DatasetFormat.Hdf5 => [prefix + ".h5"],
        DatasetFormat.Tar => [prefix + ".tar"],
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown dataset format."),
    };
}
