using System.Collections.Concurrent;
using System.Collections.Immutable;
using DeepTrack.Fluent.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DeepTrack.Fluent.Analyzers.Tests;

/// <summary>The generator and every analyzer run over broken code without throwing.</summary>
public class RobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [.. typeof(FeatureDeclarationAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    [Fact]
    public void The_corpus_is_large_and_every_analyzer_is_exercised()
    {
        Assert.True(MalformedCorpus.Snippets.Count >= 50, $"{MalformedCorpus.Snippets.Count} snippets");
        Assert.Equal(6, Analyzers.Length);
    }

    [Theory]
    [MemberData(nameof(MalformedCorpus.Indices), MemberType = typeof(MalformedCorpus))]
    public async Task Generator_and_analyzers_do_not_throw(int index)
    {
        var (generatorFailures, analyzerFailures, diagnostics) = await RunAsync(MalformedCorpus.Source(index), Analyzers);
        Assert.Empty(generatorFailures);
        Assert.Empty(analyzerFailures);
        Assert.DoesNotContain(diagnostics, d => d.Id is "AD0001" or "CS8784" or "CS8785");
    }

    [Fact]
    public async Task The_harness_notices_an_analyzer_that_throws()
    {
        var (_, analyzerFailures, _) = await RunAsync(MalformedCorpus.Source(0), [new ThrowingAnalyzer()]);
        Assert.Contains(analyzerFailures, f => f.Contains(nameof(ThrowingAnalyzer), StringComparison.Ordinal));
    }

    private static async Task<(List<string> GeneratorFailures, List<string> AnalyzerFailures, ImmutableArray<Diagnostic> Diagnostics)> RunAsync(string source, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = CSharpCompilation.Create(
            "Broken",
            [CSharpSyntaxTree.ParseText(source, Verifiers.TestSetup.ParseOptions)],
            Verifiers.TestSetup.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

        var driver = CSharpGeneratorDriver.Create([new FeatureGenerator().AsSourceGenerator()], parseOptions: Verifiers.TestSetup.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var generatorFailures = driver.GetRunResult().Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString())
            .Concat(generatorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785").Select(d => d.ToString()))
            .ToList();

        var analyzerFailures = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, _) => analyzerFailures.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await generated.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync();
        return (generatorFailures, [.. analyzerFailures], diagnostics);
    }

    // A test double handed to CompilationWithAnalyzers directly, never discovered by a compiler: it needs no [DiagnosticAnalyzer].
#pragma warning disable RS1001
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [new DiagnosticDescriptor("TEST0001", "Throws", "Throws", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true)];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("broken analyzer"));
        }
    }
}
