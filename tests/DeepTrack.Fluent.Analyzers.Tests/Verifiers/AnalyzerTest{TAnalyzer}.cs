using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DeepTrack.Fluent.Analyzers.Tests.Verifiers;

/// <summary>An analyzer test over a snippet that uses DeepTrack.Fluent, with the feature generator running.</summary>
internal sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerTest(string source, params DiagnosticResult[] expected)
    {
        TestCode = source;
        ReferenceAssemblies = TestSetup.ReferenceAssemblies;
        TestSetup.Configure(TestState);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        ExpectedDiagnostics.AddRange(expected);
    }

    /// <summary>Runs the test.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => new AnalyzerTest<TAnalyzer>(source, expected).RunAsync();

    /// <summary>A diagnostic expected at a markup location.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    protected override ParseOptions CreateParseOptions() => TestSetup.ParseOptions;

    protected override IEnumerable<Type> GetSourceGenerators() => TestSetup.Generators;

    protected override CompilationOptions CreateCompilationOptions()
        => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
}
