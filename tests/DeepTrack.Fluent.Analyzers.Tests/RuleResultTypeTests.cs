using DeepTrack.Fluent.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Verify = DeepTrack.Fluent.Analyzers.Tests.Verifiers.AnalyzerTest<DeepTrack.Fluent.Analyzers.RuleResultTypeAnalyzer>;

namespace DeepTrack.Fluent.Analyzers.Tests;

public class RuleResultTypeTests
{
    private const string Features = """

        [Feature]
        public sealed partial record Bead : Feature<double, double>
        {
            public partial double Radius { get; init; } = 1;
            public partial string Label { get; init; } = "";
            protected override double Compute(double input, FeatureContext context) => input * Radius;
        }
        """;

    [Fact]
    public Task Results_that_fit_report_nothing() => Verify.VerifyAsync("""
        using System;
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Bead Make(Bead other, Func<double> sampler) => new Bead()
                .WithRadius(() => 2)
                .WithRadius(b => b.Label.Length)
                .WithRadius(sampler)
                .WithRadius(other, o => o.Radius * 2)
                .WithLabel(b => $"r = {b.Radius}")
                .WithRadius(Distribution.Uniform(1, 2));
        }
        """ + Features);

    private static Task VerifyWithCompilerErrorsAsync(string source, params DiagnosticResult[] expected)
        => new Verifiers.AnalyzerTest<Analyzers.RuleResultTypeAnalyzer>(source + Features, expected)
        {
            // The compiler reports its own overload errors next to ours; only the analyzer's are asserted.
            CompilerDiagnostics = CompilerDiagnostics.None,
        }.RunAsync();

    [Fact]
    public Task Results_that_do_not_fit_name_the_property() => VerifyWithCompilerErrorsAsync("""
        using System;
        using DeepTrack.Fluent;

        public static class Example
        {
            public static void Make(Bead other, Func<string> words)
            {
                var a = new Bead().WithRadius(() => {|#0:"large"|});
                var g = new Bead().WithRadius({|#1:s => s.Label|});
                var c = new Bead().WithRadius({|#2:Distribution.UniformInt(1, 4)|});
                var d = new Bead().WithRadius({|#3:words|});
                var e = new Bead().WithRadius(other, o => {|#4:o.Label|});
                var f = new Bead().WithRadius(() =>
                {
                    if (DateTime.Now.Second > 30)
                    {
                        return 1.0;
                    }

                    return {|#5:"none"|};
                });
            }
        }
        """,
        Verify.Diagnostic(DiagnosticDescriptors.RuleResultDoesNotFit).WithLocation(0).WithArguments("Bead", "Radius", "sampler", "string", "double")
            .WithMessage("The sampler given to WithRadius produces 'string', which does not fit property 'Radius' of feature 'Bead' (of type 'double')"),
        Verify.Diagnostic(DiagnosticDescriptors.RuleResultDoesNotFit).WithLocation(1).WithArguments("Bead", "Radius", "rule", "string", "double"),
        Verify.Diagnostic(DiagnosticDescriptors.RuleResultDoesNotFit).WithLocation(2).WithArguments("Bead", "Radius", "distribution", "int", "double"),
        Verify.Diagnostic(DiagnosticDescriptors.RuleResultDoesNotFit).WithLocation(3).WithArguments("Bead", "Radius", "sampler", "string", "double"),
        Verify.Diagnostic(DiagnosticDescriptors.RuleResultDoesNotFit).WithLocation(4).WithArguments("Bead", "Radius", "rule", "string", "double"),
        Verify.Diagnostic(DiagnosticDescriptors.RuleResultDoesNotFit).WithLocation(5).WithArguments("Bead", "Radius", "sampler", "string", "double"));

    [Fact]
    public Task A_misspelt_setter_is_left_to_the_compiler() => VerifyWithCompilerErrorsAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static void Make() => new Bead().WithRaduis(() => "large");
        }
        """);
}
