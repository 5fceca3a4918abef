using System.Reflection;
using DeepTrack.Fluent.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeepTrack.Fluent.Generators.Tests;

/// <summary>A failure for one feature costs no other feature its code; validation attributes are checked for every numeric kind.</summary>
public class RobustnessTests
{
    [Fact]
    public void A_failure_while_writing_one_feature_is_reported_on_it_and_the_others_are_generated()
    {
        var compilation = CompilationHelper.Compile("""
            using DeepTrack.Fluent;
            namespace Demo;

            [Feature]
            public sealed partial record Good : Feature<double, double>
            {
                public partial double Gain { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input * Gain;
            }

            [Feature]
            public sealed partial record Bad : Feature<double, double>
            {
                public partial double Gain { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input * Gain;
            }
            """);
        string Emit(FeatureModel model) => model.Name == "Bad" ? throw new InvalidOperationException("boom") : FeatureEmitter.Emit(model);
        var driver = CSharpGeneratorDriver.Create([new FeatureGenerator(Emit).AsSourceGenerator()], parseOptions: CompilationHelper.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        Assert.Equal(["Demo.Good.g.cs"], result.GeneratedSources.Select(s => s.HintName));
        var failure = Assert.Single(diagnostics);
        Assert.Equal("DTF0900", failure.Id);
        Assert.Contains("'global::Demo.Bad'", failure.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: boom", failure.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("Bad", compilation.SyntaxTrees.Single().GetText().ToString(failure.Location.SourceSpan));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.GetMessage().Contains("Good", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generators_own_diagnostic_is_documented()
    {
        string page = Path.Combine(DeepTrack.Fluent.Testing.RepositoryPaths.Root, "docs", "diagnostics", "DTF0900.md");
        Assert.Contains("# DTF0900: Feature generation failed", File.ReadAllText(page));
        Assert.Contains("DTF0900 | DeepTrack.Fluent.Generator | Error |", File.ReadAllText(Path.Combine(DeepTrack.Fluent.Testing.RepositoryPaths.Root, "generators", "DeepTrack.Fluent.Generators", "AnalyzerReleases.Unshipped.md")));
    }

    [Theory]
    [InlineData("MaybeRadius", "-1.0", "must be finite and > 0")]
    [InlineData("MaybeCount", "7", "must lie in [0, 5]")]
    [InlineData("Money", "-2m", "must be finite and > 0")]
    [InlineData("Pixels", "0u", "must be finite and > 0")]
    [InlineData("Inner", "20.0", "must be < Outer = 10")]
    [InlineData("Small", "9L", "must be < Limit = 5")]
    [InlineData("MaybeDepth", "(-1.0).Micrometers()", "must be finite and ≥ 0")]
    public void Validation_attributes_on_nullable_decimal_unsigned_long_and_inherited_bounds_are_checked(string property, string value, string requirement)
    {
        var run = CompileAndLoad($$"""
            using DeepTrack.Fluent;
            namespace Demo;

            [Feature]
            public partial record Bounds : Feature<double, double>
            {
                public partial double Outer { get; init; } = 10;
                protected override double Compute(double input, FeatureContext context) => input;
            }

            [Feature]
            public sealed partial record Checked : Bounds
            {
                [Positive] public partial double? MaybeRadius { get; init; } = null;
                [InRange(0, 5)] public partial int? MaybeCount { get; init; } = null;
                [Positive] public partial decimal Money { get; init; } = 1m;
                [Positive] public partial uint Pixels { get; init; } = 1;
                [NonNegative] public partial Length? MaybeDepth { get; init; } = null;
                [LessThan(nameof(Outer))] public partial double Inner { get; init; } = 1;
                [LessThan(nameof(Limit))] public partial long Small { get; init; } = 1;
                public partial long Limit { get; init; } = 5;
            }

            public static class Probe
            {
                public static double Valid() => (Feature.Constant(1.0) >> new Checked()).Build(seed: 1).Resolve();

                public static double Invalid() => (Feature.Constant(1.0) >> new Checked().With{{property}}({{value}})).Build(seed: 1).Resolve();
            }
            """);
        Assert.Equal(1.0, (double)run("Valid")!);
        var error = Assert.IsType<PropertyValueException>(Assert.Throws<TargetInvocationException>(() => run("Invalid")).InnerException);
        Assert.Contains(property, error.Message, StringComparison.Ordinal);
        Assert.Contains(requirement, error.Message, StringComparison.Ordinal);
    }

    private static Func<string, object?> CompileAndLoad(string source)
    {
        var compilation = CompilationHelper.Compile(source);
        CompilationHelper.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var assembly = new System.Runtime.Loader.AssemblyLoadContext("probe", isCollectible: true).LoadFromStream(new MemoryStream(stream.ToArray()));
        var probe = assembly.GetType("Demo.Probe")!;
        return name => probe.GetMethod(name)!.Invoke(null, null);
    }
}
