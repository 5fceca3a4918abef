using System.Text.RegularExpressions;
using DeepTrack.Fluent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>
/// The Torch package's README: every C# block compiles as a program of its own, without warnings, against the package;
/// and its reference tables list exactly the public API, with the signatures the assembly has.
/// </summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(DeepTrack.Fluent.Testing.RepositoryPaths.Combine("src", "DeepTrack.Fluent.Torch", "README.md"));

    [Fact]
    public void Every_csharp_block_compiles_without_warnings()
    {
        var blocks = CSharpBlock().Matches(Readme).Select(m => m.Groups[1].Value).ToList();
        Assert.True(blocks.Count >= 4, $"{blocks.Count} blocks");
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
            .Concat([typeof(Feature).Assembly.Location, typeof(Trainer).Assembly.Location, typeof(TorchSharp.torch).Assembly.Location])
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p))
            .ToArray();
        foreach (var (block, index) in blocks.Select((b, i) => (b, i)))
        {
            var compilation = CSharpCompilation.Create(
                $"ReadmeBlock{index}",
                [CSharpSyntaxTree.ParseText(block, new CSharpParseOptions(LanguageVersion.Preview))],
                references,
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
                    // As in every SDK build: TorchSharp targets .NET 8, whose assembly versions unify with this runtime's.
                    .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));
            var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, $"block {index + 1}:\n{string.Join("\n", problems)}\n{block}");
        }
    }

    [Fact]
    public void The_reference_tables_list_every_public_member_with_its_signature()
    {
        var actual = ApiSignatures.All(typeof(Trainer).Assembly);
        var listed = Signature().Matches(Readme).Select(m => m.Groups[1].Value.Replace("\\|", "|", StringComparison.Ordinal)).ToHashSet();

        var unknown = listed.Except(actual).ToList();
        var missing = actual.Except(listed).ToList();
        Assert.True(unknown.Count == 0, "The README lists signatures that the package does not have:\n" + string.Join("\n", unknown)
            + "\n\nThe package's signatures are:\n" + string.Join("\n", actual));
        Assert.True(missing.Count == 0, "The README's reference tables lack:\n" + string.Join("\n", missing));
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    /// <summary>A table row's first cell that is one code span: the signature.</summary>
    [GeneratedRegex(@"^\| `([^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex Signature();
}
