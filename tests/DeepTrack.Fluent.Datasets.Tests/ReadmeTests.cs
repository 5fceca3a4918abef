using System.CommandLine;
using DeepTrack.Fluent.Cli;
using DeepTrack.Fluent.Datasets.Export;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeepTrack.Fluent.Datasets.Tests;

/// <summary>Every C# block of the Datasets and Cli READMEs compiles against the packages as a user would write it, without warnings.</summary>
public class ReadmeTests
{
    [Theory]
    [InlineData("DeepTrack.Fluent.Datasets", 1)]
    [InlineData("DeepTrack.Fluent.Cli", 2)]
    public void Readme_snippets_compile_without_warnings(string package, int blocks)
    {
        var snippets = MarkdownBlocks.Of("csharp", "src", package, "README.md");
        Assert.Equal(blocks, snippets.Count);
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        MetadataReference[] references =
        [
            .. platform.Where(p => p.EndsWith(".dll", StringComparison.Ordinal)).Select(p => MetadataReference.CreateFromFile(p)),
            .. new[] { typeof(Feature), typeof(DatasetExporter), typeof(DeepTrackApp), typeof(IO.PngFile), typeof(Command), typeof(Spectre.Console.AnsiConsole) }
                .Select(t => t.Assembly.Location).Distinct().Where(l => !platform.Contains(l)).Select(l => MetadataReference.CreateFromFile(l)),
        ];
        foreach (string snippet in snippets)
        {
            var compilation = CSharpCompilation.Create(
                "Snippet",
                [CSharpSyntaxTree.ParseText(snippet, new CSharpParseOptions(LanguageVersion.Preview))],
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + snippet);
        }
    }
}
