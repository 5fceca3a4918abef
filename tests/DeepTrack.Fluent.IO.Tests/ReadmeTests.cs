using System.Text.RegularExpressions;
using DeepTrack.Fluent.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeepTrack.Fluent.IO.Tests;

/// <summary>Every C# block of the package's README compiles against the package as a user would write it, without warnings.</summary>
public partial class ReadmeTests
{
    [Fact]
    public void Readme_snippets_compile_without_warnings()
    {
        string readme = File.ReadAllText(RepositoryPaths.Combine("src", "DeepTrack.Fluent.IO", "README.md"));
        var blocks = CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value).ToList();
        Assert.True(blocks.Count >= 3, $"{blocks.Count} C# blocks found");

        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        MetadataReference[] references =
        [
            .. platform.Where(p => p.EndsWith(".dll", StringComparison.Ordinal)).Select(p => MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(Feature).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(TiffFile).Assembly.Location),
        ];
        foreach (string block in blocks)
        {
            var compilation = CSharpCompilation.Create(
                "Snippet",
                [CSharpSyntaxTree.ParseText(block, new CSharpParseOptions(LanguageVersion.Preview))],
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + block);
        }
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
