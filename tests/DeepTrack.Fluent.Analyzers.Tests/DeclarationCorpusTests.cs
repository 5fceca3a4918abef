using System.Collections.Concurrent;
using System.Collections.Immutable;
using DeepTrack.Fluent.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DeepTrack.Fluent.Analyzers.Tests;

/// <summary>
/// Every declaration of <see cref="DeclarationCorpus"/> through the generator and all analyzers: no generator
/// failure (CS8785, DTF0900), no analyzer failure (AD0001), no diagnostic located in a generated file; valid
/// declarations compile without a warning, the others get their DTF diagnostic on the user's code.
/// </summary>
public class DeclarationCorpusTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [.. typeof(FeatureDeclarationAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    [Theory]
    [MemberData(nameof(DeclarationCorpus.Indices), MemberType = typeof(DeclarationCorpus))]
    public async Task Each_declaration_compiles_or_gets_its_DTF_diagnostic_on_the_users_code(int index)
    {
        var (name, _, expected) = DeclarationCorpus.Entries[index];
        var result = await RunAsync(DeclarationCorpus.Source(index));
        Assert.True(result.Failures.Count == 0, name + ": " + string.Join("\n", result.Failures));
        var inGenerated = result.Diagnostics.Where(d => d.Location.SourceTree is { } tree && result.GeneratedTrees.Contains(tree)).ToList();
        Assert.True(inGenerated.Count == 0, name + ": " + string.Join("\n", inGenerated));
        var dtf = result.Diagnostics.Where(d => d.Id.StartsWith("DTF", StringComparison.Ordinal) || (d.Severity == DiagnosticSeverity.Error && d.Id is not ("CS9248" or "CS8050"))).ToList();
        if (expected.Length == 0)
        {
            var warnings = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(warnings.Count == 0, name + ": " + string.Join("\n", warnings));
            Assert.NotEmpty(result.GeneratedTrees);
        }
        else
        {
            Assert.Equal(expected.Order(StringComparer.Ordinal), dtf.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
            Assert.All(dtf, d => Assert.DoesNotContain(d.Location.SourceTree!, result.GeneratedTrees));
            Assert.DoesNotContain(dtf, d => d.Id == "DTF0900");
        }
    }

    [Fact]
    public async Task Every_valid_declaration_compiles_together_in_one_project()
    {
        var result = await RunAsync(DeclarationCorpus.AllValid());
        Assert.True(result.GeneratedTrees.Count >= 20, $"{result.GeneratedTrees.Count} generated files");
        Assert.True(result.Failures.Count == 0, string.Join("\n", result.Failures));
        var warnings = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }

    [Fact]
    public async Task Features_whose_names_differ_only_in_case_get_distinct_hint_names()
    {
        var result = await RunAsync(DeclarationCorpus.Source(1));
        var hints = result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Equal(3, hints.Count);
        Assert.Equal(3, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(hints, h => Assert.Matches(@"^Demo\.(Ring|ring|RING)\.[0-9a-f]{8}\.g\.cs$", h));
    }

    [Fact]
    public async Task A_user_method_with_a_setters_signature_replaces_only_that_setter()
    {
        var result = await RunAsync(DeclarationCorpus.Source(DeclarationCorpus.Entries.ToList().FindIndex(e => e.Expected.Contains("DTF0016"))));
        string generated = string.Concat(result.GeneratedTrees.Select(t => t.ToString()));
        Assert.DoesNotContain("public Custom WithX(double value)", generated);
        Assert.Contains("public Custom WithX(global::DeepTrack.Fluent.Distribution<double> distribution)", generated);
        var warning = Assert.Single(result.Diagnostics, d => d.Id == "DTF0016");
        Assert.Equal("'WithX(double x)' has the signature of the setter the generator writes for property 'X' of feature 'Custom', so that setter is left out: rename the method, or remove it to use the generated one", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<(List<string> Failures, ImmutableArray<Diagnostic> Diagnostics, HashSet<SyntaxTree> GeneratedTrees)> RunAsync(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Corpus",
            [CSharpSyntaxTree.ParseText(source, Verifiers.TestSetup.ParseOptions, path: "User.cs")],
            Verifiers.TestSetup.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

        var driver = CSharpGeneratorDriver.Create([new FeatureGenerator().AsSourceGenerator()], parseOptions: Verifiers.TestSetup.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var run = driver.GetRunResult();
        var failures = run.Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString())
            .Concat(generatorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785" or "DTF0900").Select(d => d.ToString()))
            .ToList();
        var analyzerFailures = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, _) => analyzerFailures.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await generated.WithAnalyzers(Analyzers, options).GetAllDiagnosticsAsync();
        failures.AddRange(analyzerFailures);
        failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        return (failures, diagnostics.AddRange(generatorDiagnostics), [.. run.GeneratedTrees]);
    }
}
