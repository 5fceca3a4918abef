using System;
using System.IO;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>
/// Files that appear complete or not at all: written under a temporary name in the same folder, then renamed over the
/// final name. Several processes may write the same bytes to the same name (every shard writes the plan).
/// </summary>
internal static class AtomicFile
{
    private const string Marker = ".partial-";

    public static string TemporaryName(string path) => $"{path}{Marker}{Environment.ProcessId}";

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        string temporary = TemporaryName(path);
        using (var file = File.Create(temporary))
        {
            file.Write(bytes);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Deletes what an interrupted run left under <paramref name="path"/>'s temporary names.</summary>
    public static void DeleteLeftovers(string path)
    {
        string directory = Path.GetDirectoryName(path) ?? ".";
        foreach (var leftover in Directory.EnumerateFiles(directory, Path.GetFileName(path) + Marker + "*"))
        {
            File.Delete(leftover);
        }
    }
}
