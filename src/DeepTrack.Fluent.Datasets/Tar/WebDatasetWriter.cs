using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.Runtime.InteropServices;

namespace DeepTrack.Fluent.Datasets.Tar;

/// <summary>
/// Writes a WebDataset shard: a POSIX (ustar) tar file in which the files of one sample are consecutive and share a
/// key, the part of the name before the first dot (<c>000000017.image.npy</c>, <c>000000017.json</c>).
/// </summary>
/// <remarks>
/// Reproducible: every member has the same time stamp (<see cref="Timestamp"/>), owner 0:0 without names, and mode
/// 0644, so the same samples always give the same bytes on any machine.
/// </remarks>
public sealed class WebDatasetWriter : IDisposable
{
    private readonly TarWriter writer;
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);

    /// <summary>Starts a shard on a stream.</summary>
    /// <param name="stream">A writable stream.</param>
    /// <param name="leaveOpen">Whether disposing this writer leaves <paramref name="stream"/> open.</param>
    public WebDatasetWriter(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        writer = new TarWriter(stream, TarEntryFormat.Ustar, leaveOpen);
    }

    /// <summary>The modification time of every member: 1980-01-01 00:00 UTC.</summary>
    public static DateTimeOffset Timestamp { get; } = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The permissions of every member: rw-r--r--.</summary>
    public static UnixFileMode Mode => UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>Writes one sample: a member <c>key.extension</c> per part, in the order given.</summary>
    /// <param name="key">The sample's key: no dots, no slashes, unique in the shard.</param>
    /// <param name="parts">Each part's extension (e.g. <c>image.npy</c>, <c>json</c>) and content.</param>
    public void WriteSample(string key, IReadOnlyList<(string Extension, ReadOnlyMemory<byte> Content)> parts)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(parts);
        if (key.Contains('.', StringComparison.Ordinal) || key.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The key '{key}' contains a dot or a slash; WebDataset splits names at the first dot.", nameof(key));
        }

        if (!keys.Add(key))
        {
            throw new ArgumentException($"The shard already holds a sample with key '{key}'.", nameof(key));
        }

        foreach (var (extension, content) in parts)
        {
            Write(key + "." + extension, content);
        }
    }

    /// <summary>Writes the two zero blocks that end a tar file.</summary>
    public void Dispose() => writer.Dispose();

    private void Write(string name, ReadOnlyMemory<byte> content)
    {
        using var data = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        var entry = new UstarTarEntry(TarEntryType.RegularFile, name)
        {
            ModificationTime = Timestamp,
            Mode = Mode,
            Uid = 0,
            Gid = 0,
            UserName = string.Empty,
            GroupName = string.Empty,
            DataStream = data,
        };
        writer.WriteEntry(entry);
    }
}
