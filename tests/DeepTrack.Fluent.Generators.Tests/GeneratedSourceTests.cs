using Microsoft.CodeAnalysis;

namespace DeepTrack.Fluent.Generators.Tests;

public class GeneratedSourceTests
{
    private static void Verify(string name, string source, int expectedFiles = 1)
    {
        var (run, diagnostics) = CompilationHelper.Generate(source);
        Assert.Empty(diagnostics);
        var generated = run.Results.Single().GeneratedSources;
        Assert.Equal(expectedFiles, generated.Length);
        var mismatches = new List<string>();
        foreach (var file in generated)
        {
            try
            {
                Snapshot.Match($"{name}.{file.HintName.Replace(".g.cs", string.Empty)}", file.SourceText.ToString());
            }
            catch (Xunit.Sdk.FailException failure)
            {
                mismatches.Add(failure.Message);
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void Simple_feature_with_default_and_required_properties()
        => Verify("Simple", """
            using DeepTrack.Fluent;
            namespace Demo;

            [Feature]
            public sealed partial record Ring : Feature<double, double>
            {
                /// <summary>Radius.</summary>
                [Positive]
                [InRange(0, 10)]
                public partial double Radius { get; init; } = 1.5;

                /// <summary>Label.</summary>
                public partial string Label { get; init; }

                protected override double Compute(double input, FeatureContext context) => input * Radius;
            }
            """);

    [Fact]
    public void Generic_feature_nested_in_a_class_with_a_set_accessor()
        => Verify("GenericNested", """
            using System.Numerics;
            using DeepTrack.Fluent;
            namespace Demo;

            public static partial class Container
            {
                [Feature]
                public partial record Scale<T> : Feature<T, T>
                    where T : INumberBase<T>
                {
                    public partial T Factor { get; set; }

                    protected override T Compute(T input, FeatureContext context) => input * Factor;
                }
            }
            """);

    [Fact]
    public void Derived_feature_rewires_inherited_properties_with_its_own_type()
        => Verify("Derived", """
            using DeepTrack.Fluent;

            [Feature]
            public abstract partial record Particle : AppendFeature<double>
            {
                public partial PixelPosition Position { get; init; }
            }

            [Feature]
            public sealed partial record Bead : Particle
            {
                public partial double Radius { get; init; } = 0.5;

                protected override double Create(FeatureContext context) => Radius + Position.Row;
            }
            """, expectedFiles: 2);

    [Fact]
    public void Feature_without_properties_gets_identity_equality_and_printing_only()
        => Verify("NoProperties", """
            using DeepTrack.Fluent;
            namespace Demo;

            [Feature]
            public sealed partial record Identity : Feature<int, int>
            {
                protected override int Compute(int input, FeatureContext context) => input;
            }
            """);

    [Fact]
    public void Feature_derived_from_a_compiled_library_feature_rewires_its_properties()
    {
        var library = CompilationHelper.CompileLibrary("""
            using DeepTrack.Fluent;
            namespace Lib;

            [Feature]
            public abstract partial record Particle : AppendFeature<double>
            {
                public partial PixelPosition Position { get; init; }
                public partial double Intensity { get; init; } = 1;
            }
            """, "Lib");
        var compilation = CompilationHelper.Compile(["""
            using DeepTrack.Fluent;
            namespace App;

            [Feature]
            public sealed partial record Bead : Lib.Particle
            {
                public partial double Radius { get; init; } = 0.5;
                protected override double Create(FeatureContext context) => Radius * Intensity + Position.Row;
            }

            public static class Use
            {
                public static Bead Make() => new Bead().WithPosition(new PixelPosition(1, 2)).WithIntensity(b => b.Radius * 2).WithRadius(3);
            }
            """], [library]);
        CompilationHelper.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        string generated = output.SyntaxTrees.Last().ToString();
        Assert.Contains("public new Bead WithPosition(global::DeepTrack.Fluent.PixelPosition value)", generated);
        Assert.Contains("public new Bead WithIntensity(double value)", generated);
    }

    [Fact]
    public void Declarations_the_generator_does_not_support_produce_nothing_and_no_crash()
    {
        var (run, _) = CompilationHelper.Generate("""
            using DeepTrack.Fluent;
            [Feature] public record NotPartial : Feature<int, int> { protected override int Compute(int i, FeatureContext c) => i; }
            [Feature] public partial class NotARecord { }
            [Feature] public partial record struct ValueRecord(int X);
            [Feature] public partial record NotAFeature { public partial int X { get; init; } }
            """);
        Assert.Empty(run.Results.Single().GeneratedSources);
        Assert.Null(run.Results.Single().Exception);
    }

    [Fact]
    public void A_property_holding_a_child_feature_gets_one_setter_retyped_in_derived_features()
    {
        var (run, diagnostics) = CompilationHelper.Generate("""
            using DeepTrack.Fluent;
            namespace Demo;

            [Feature]
            public abstract partial record Lens : Feature<double, double>
            {
                public Feature<double, double>? Filter { get; init; }
                public partial double Gain { get; init; } = 1;
            }

            [Feature]
            public sealed partial record Camera : Lens
            {
                public Feature<double, double>? Post { get; init; }
                protected override double Compute(double input, FeatureContext context) => input * Gain;
            }

            public static class Use
            {
                public static Camera Make(Camera other) => new Camera().WithFilter(other).WithPost(null).WithGain(2);
            }
            """);
        Assert.Empty(diagnostics);
        string camera = run.Results.Single().GeneratedSources.Single(s => s.HintName == "Demo.Camera.g.cs").SourceText.ToString();
        Assert.Contains("public Camera WithPost(global::DeepTrack.Fluent.Feature<double, double>? value) => this with { Post = value };", camera);
        Assert.Contains("public new Camera WithFilter(global::DeepTrack.Fluent.Feature<double, double>? value) => this with { Filter = value };", camera);
    }
}
