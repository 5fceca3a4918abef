using System.Text.RegularExpressions;
using DeepTrack.Fluent.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeepTrack.Fluent.Gpu.Tests;

/// <summary>Every C# block of the package's README and of docs/gpu.md compiles against the packages as a user would write it, without warnings.</summary>
public partial class ReadmeTests
{
    [Theory]
    [InlineData("src/DeepTrack.Fluent.Gpu/README.md")]
    [InlineData("docs/gpu.md")]
    public void Snippets_compile_without_warnings(string document)
    {
        string text = File.ReadAllText(RepositoryPaths.Combine(document.Split('/')));
        var blocks = CSharpBlock().Matches(text).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(blocks);

        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        MetadataReference[] references =
        [
            .. platform.Where(p => p.EndsWith(".dll", StringComparison.Ordinal)).Select(p => MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(Feature).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(GpuDevice).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(ILGPU.Context).Assembly.Location),
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
