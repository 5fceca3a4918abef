using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DeepTrack.Fluent.Analyzers.Tests.Verifiers;

/// <summary>
/// A code-fix test: the markup source must report the marked diagnostics; applying the fix to each, and
/// Fix All in document, project and solution, must all give <c>fixedSource</c>.
/// </summary>
internal sealed class CodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource)
    {
        TestCode = source;
        FixedCode = fixedSource;
        ReferenceAssemblies = TestSetup.ReferenceAssemblies;
        TestSetup.Configure(TestState);
        TestSetup.Configure(FixedState);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    /// <summary>Runs the test.</summary>
    public static Task VerifyAsync(string source, string fixedSource) => new CodeFixTest<TAnalyzer, TCodeFix>(source, fixedSource).RunAsync();

    protected override ParseOptions CreateParseOptions() => TestSetup.ParseOptions;

    protected override IEnumerable<Type> GetSourceGenerators() => TestSetup.Generators;

    protected override CompilationOptions CreateCompilationOptions()
        => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
}
