using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;

namespace DeepTrack.Fluent.Datasets.Npy;

/// <summary>
/// Writes a NumPy <c>.npz</c> file: a zip archive of <c>.npy</c> files, stored without compression as
/// <c>numpy.savez</c> does; <c>numpy.load</c> returns each array under its name without <c>.npy</c>.
/// </summary>
/// <remarks>
/// Reproducible: every entry has the same timestamp (<see cref="Timestamp"/>) and the same file attributes, so the
/// same arrays always give the same bytes on one operating system (the zip's "made by" field names the system).
/// </remarks>
public sealed class NpzWriter : IDisposable
{
    // Unix regular file, rw-r--r--, in the upper half of the external attributes (as Info-ZIP writes it).
    private const int FileAttributes = unchecked((int)0x81A4_0000);

    private readonly ZipArchive archive;
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    /// <summary>Starts an archive on a stream.</summary>
    /// <param name="stream">A writable stream; seekable, so that sizes are written in the entry headers.</param>
    /// <param name="leaveOpen">Whether disposing this writer leaves <paramref name="stream"/> open.</param>
    public NpzWriter(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen);
    }

    /// <summary>The time stamp of every entry: 1980-01-01 00:00, the earliest a zip file can hold.</summary>
    public static DateTimeOffset Timestamp { get; } = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Adds an array.</summary>
    /// <typeparam name="T">An element type with a NumPy type.</typeparam>
    /// <param name="name">The array's name (the entry is <c>name.npy</c>).</param>
    /// <param name="data">The elements in C order.</param>
    /// <param name="shape">The dimensions.</param>
    public void Write<T>(string name, ReadOnlySpan<T> data, params ReadOnlySpan<long> shape)
        where T : unmanaged
    {
        using var entry = Open(name);
        NpyFile.Write(entry, data, shape);
    }

    /// <summary>Adds an array from its header and raw bytes.</summary>
    /// <param name="name">The array's name.</param>
    /// <param name="header">The header.</param>
    /// <param name="data">The element bytes.</param>
    public void WriteBytes(string name, NpyHeader header, ReadOnlySpan<byte> data)
    {
        using var entry = Open(name);
        NpyFile.WriteBytes(entry, header, data);
    }

    /// <summary>Adds a <c>|S<i>n</i></c> array of byte strings.</summary>
    /// <param name="name">The array's name.</param>
    /// <param name="strings">The strings.</param>
    public void WriteByteStrings(string name, IReadOnlyList<byte[]> strings)
    {
        using var entry = Open(name);
        NpyFile.WriteByteStrings(entry, strings);
    }

    /// <summary>Writes the central directory and closes the archive.</summary>
    public void Dispose() => archive.Dispose();

    private Stream Open(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!names.Add(name))
        {
            throw new ArgumentException($"The archive already holds an array named '{name}'.", nameof(name));
        }

        var entry = archive.CreateEntry(name + ".npy", CompressionLevel.NoCompression);
        entry.LastWriteTime = Timestamp;
        entry.ExternalAttributes = FileAttributes;
        return entry.Open();
    }
}
