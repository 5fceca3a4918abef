namespace DeepTrack.Fluent.Datasets.Tests;

/// <summary>Asserts that two folders hold the same file names with the same bytes.</summary>
internal static class FolderComparison
{
    public static void AssertIdentical(string expected, string actual)
    {
        var names = Names(expected);
        Assert.Equal(names, Names(actual));
        Assert.NotEmpty(names);
        foreach (string name in names)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(expected, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))),
                $"{name} differs between {expected} and {actual}");
        }
    }

    public static List<string> Names(string folder)
        => [.. Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];
}
