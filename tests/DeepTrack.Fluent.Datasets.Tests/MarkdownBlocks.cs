using System.Text.RegularExpressions;
using DeepTrack.Fluent.Testing;

namespace DeepTrack.Fluent.Datasets.Tests;

/// <summary>The fenced code blocks of a Markdown file of the repository.</summary>
internal static partial class MarkdownBlocks
{
    public static List<string> Of(string language, params string[] path)
        => [.. Fence().Matches(File.ReadAllText(RepositoryPaths.Combine(path))).Where(m => m.Groups[1].Value == language).Select(m => m.Groups[2].Value)];

    [GeneratedRegex("```([a-z]*)\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
