using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeepTrack.Fluent.Generators.Tests;

public class IncrementalityTests
{
    private const string Feature = """
        using DeepTrack.Fluent;
        namespace Demo;

        [Feature]
        public sealed partial record Ring : Feature<double, double>
        {
            public partial double Radius { get; init; } = 1;
            protected override double Compute(double input, FeatureContext context) => input * Radius;
        }
        """;

    private const string Unrelated = "namespace Demo; public static class Helper { public static int Value => 1; }";

    [Fact]
    public void Unrelated_edit_leaves_every_step_cached()
    {
        var compilation = CompilationHelper.Compile(Feature, Unrelated);
        var driver = CompilationHelper.CreateDriver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(Unrelated.Replace("=> 1", "=> 2"), CompilationHelper.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var modelSteps = result.TrackedSteps[TrackingNames.Models];
        Assert.All(modelSteps.SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step was {o.Reason}"));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_a_method_body_of_the_feature_keeps_the_output_unchanged()
    {
        var compilation = CompilationHelper.Compile(Feature);
        var driver = CompilationHelper.CreateDriver().RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(Feature.Replace("input * Radius", "input + Radius"), CompilationHelper.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        Assert.All(result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step was {o.Reason}"));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Changing_a_property_regenerates()
    {
        var compilation = CompilationHelper.Compile(Feature);
        var driver = CompilationHelper.CreateDriver().RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(Feature.Replace("double Radius", "float Radius").Replace("input * Radius", "input"), CompilationHelper.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        Assert.Contains(result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("partial float Radius", result.GeneratedSources.Single().SourceText.ToString());
    }

    [Fact]
    public void Models_hold_no_symbols_syntax_or_compilations()
    {
        var result = CompilationHelper.CreateDriver().RunGenerators(CompilationHelper.Compile(Feature)).GetRunResult().Results.Single();
        foreach (var output in result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs))
        {
            AssertNoRoslynObjects(output.Value, 0);
        }
    }

    private static void AssertNoRoslynObjects(object? value, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || depth > 8)
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Compilation or Location or SemanticModel, $"{value.GetType()} must not be kept in a generator model");
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, depth + 1);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), depth + 1);
        }
    }
}
