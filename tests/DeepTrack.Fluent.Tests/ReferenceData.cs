namespace DeepTrack.Fluent.Tests;

/// <summary>
/// Locates the reference outputs computed with DeepTrack 2.0, kept in <c>../shared/reference/deeptrack2/</c>
/// beside the repository (the same place on every developer machine and in CI).
/// </summary>
internal static class ReferenceData
{
    public static string PathOf(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DeepTrack.Fluent.sln")))
            {
                string path = Path.Combine(directory.FullName, "..", "shared", "reference", "deeptrack2", fileName);
                return File.Exists(path)
                    ? Path.GetFullPath(path)
                    : throw new FileNotFoundException($"Reference data {fileName} is expected in ../shared/reference/deeptrack2/ beside the repository.", path);
            }
        }

        throw new DirectoryNotFoundException("DeepTrack.Fluent.sln not found above " + AppContext.BaseDirectory);
    }
}
