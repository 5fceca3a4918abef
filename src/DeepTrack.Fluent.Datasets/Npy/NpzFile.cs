using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;

namespace DeepTrack.Fluent.Datasets.Npy;

/// <summary>Reads NumPy <c>.npz</c> files (stored or deflated entries), as <c>numpy.load</c> does.</summary>
public static class NpzFile
{
    /// <summary>Reads every array of an archive.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The arrays by name (entry names without <c>.npy</c>), in archive order.</returns>
    /// <exception cref="FormatException">When an entry is not a readable <c>.npy</c> array.</exception>
    public static IReadOnlyDictionary<string, NpyArray> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        var arrays = new Dictionary<string, NpyArray>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            string name = entry.FullName.EndsWith(".npy", StringComparison.Ordinal) ? entry.FullName[..^4] : entry.FullName;
            using var data = entry.Open();
            try
            {
                arrays[name] = NpyFile.Read(data);
            }
            catch (FormatException e)
            {
                throw new FormatException($"{path}, entry {entry.FullName}: {e.Message}", e);
            }
        }

        return arrays;
    }
}
