using Microsoft.CodeAnalysis;

namespace DeepTrack.Fluent.Generators.Tests;

/// <summary>Pipelines whose types do not fit must not compile; those that fit must.</summary>
public class OperatorTypingTests
{
    private const string Prelude = """
        using System.Collections.Generic;
        using DeepTrack.Fluent;
        using DeepTrack.Fluent.Augmentations;

        [Feature]
        public sealed partial record Blur : Feature<Image<double>, Image<double>>
        {
            public partial double Sigma { get; init; } = 1;
            protected override Image<double> Compute(Image<double> input, FeatureContext context) => input;
        }

        [Feature]
        public sealed partial record Spot : AppendFeature<Image<double>>
        {
            public partial PixelPosition Position { get; init; }
            protected override Image<double> Create(FeatureContext context) => new(8, 8);
        }

        [Feature]
        public sealed partial record Microscope : Feature<IReadOnlyList<Image<double>>, Image<double>>
        {
            protected override Image<double> Compute(IReadOnlyList<Image<double>> input, FeatureContext context) => new(8, 8);
        }

        public static class Snippet
        {
            public static object Build()
            {
                var spot = new Spot();
                var microscope = new Microscope();
                var blur = new Blur();
                var number = Feature.Constant(1.0);
        """;

    private const string Coda = """
            }
        }
        """;

    private static IReadOnlyList<Diagnostic> Errors(string body)
    {
        var compilation = CompilationHelper.Compile(Prelude + body + Coda);
        CompilationHelper.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }

    [Theory]
    [InlineData("Feature<IReadOnlyList<Image<double>>, Image<double>> p = (spot ^ 3) >> microscope >> blur; return p;")]
    [InlineData("Feature<IReadOnlyList<Image<double>>, IReadOnlyList<Image<double>>> p = (spot ^ 3) >> blur; return p;")]
    [InlineData("Feature<IReadOnlyList<Image<double>>, (Image<double>, Image<double>)> p = ((spot ^ 2) >> microscope) & ((spot ^ 2) >> microscope >> blur); return p;")]
    [InlineData("Feature<IReadOnlyList<Image<double>>, Image<double>> p = (spot >> microscope) * 2.0 + Distribution.Uniform(0, 1); return p;")]
    [InlineData("Feature<NoInput, double> p = 3.0 - number / 2.0; return p;")]
    [InlineData("Feature<IReadOnlyList<Image<double>>, Image<double>> p = spot >> microscope >> new FlipLeftRight<double>(); return p;")]
    public void Pipelines_whose_types_fit_compile(string body) => Assert.Empty(Errors(body));

    [Theory]
    [InlineData("return number >> blur;", "CS0019")]
    [InlineData("return blur >> spot;", "CS0019")]
    [InlineData("return microscope ^ 3;", "CS0019")]
    [InlineData("return (spot >> microscope) & number;", "CS0019")]
    [InlineData("return blur.WithSigma(\"wide\");", "CS1503")]
    [InlineData("return spot.WithPosition(3.0);", "CS1503")]
    [InlineData("return (spot >> microscope) * \"text\";", "CS0019")]
    [InlineData("return new Spot().WithPosition(spot, s => s.Position).WithPosition(number);", "CS1503")]
    public void Pipelines_whose_types_do_not_fit_are_compile_errors(string body, string expectedError)
    {
        var errors = Errors(body);
        Assert.Contains(errors, e => e.Id == expectedError);
    }
}
