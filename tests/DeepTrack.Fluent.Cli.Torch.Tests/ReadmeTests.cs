using System.Text.RegularExpressions;
using DeepTrack.Fluent.Testing;
using DeepTrack.Fluent.Torch;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeepTrack.Fluent.Cli.Torch.Tests;

/// <summary>Every C# block of the package's README compiles against the packages as a user would write it, without warnings.</summary>
public partial class ReadmeTests
{
    [Fact]
    public void Readme_snippets_compile_without_warnings()
    {
        string readme = File.ReadAllText(RepositoryPaths.Combine("src", "DeepTrack.Fluent.Cli.Torch", "README.md"));
        var blocks = CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value).ToList();
        Assert.Single(blocks);
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        MetadataReference[] references =
        [
            .. platform.Where(p => p.EndsWith(".dll", StringComparison.Ordinal)).Select(p => MetadataReference.CreateFromFile(p)),
            .. new[] { typeof(Feature), typeof(DeepTrackApp), typeof(TrainingExtensions), typeof(Trainer), typeof(TorchSharp.torch), typeof(Datasets.Export.DatasetExporter), typeof(System.CommandLine.Command) }
                .Select(t => t.Assembly.Location).Distinct().Where(l => !platform.Contains(l)).Select(l => MetadataReference.CreateFromFile(l)),
        ];
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(blocks[0], new CSharpParseOptions(LanguageVersion.Preview))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + blocks[0]);
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
