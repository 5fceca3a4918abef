using System;
using System.IO;

namespace DeepTrack.Fluent.Testing;

/// <summary>
/// Locates the repository from the test binaries (not from compile-time source paths, which deterministic CI
/// builds map to <c>/_/</c>), and the reference data kept inside it.
/// </summary>
internal static class RepositoryPaths
{
    /// <summary>The folder that holds DeepTrack.Fluent.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the repository.</summary>
    /// <param name="parts">The path's parts below the root.</param>
    /// <returns>The full path.</returns>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A file of the DeepTrack 2.0 reference outputs kept in <c>tests/reference/deeptrack2/</c> (see its README).</summary>
    /// <param name="fileName">The file's name.</param>
    /// <returns>Its full path.</returns>
    public static string Reference(string fileName)
    {
        string path = Path.Combine(Root, "tests", "reference", "deeptrack2", fileName);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Reference data {fileName} is expected in tests/reference/deeptrack2/ of the repository.", path);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DeepTrack.Fluent.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("DeepTrack.Fluent.sln not found above " + AppContext.BaseDirectory);
    }
}
