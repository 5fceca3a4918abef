using DeepTrack.Fluent.Analyzers.Diagnostics;
using DeepTrack.Fluent.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Verify = DeepTrack.Fluent.Analyzers.Tests.Verifiers.AnalyzerTest<DeepTrack.Fluent.Analyzers.PhysicalRangeAnalyzer>;

namespace DeepTrack.Fluent.Analyzers.Tests;

public class PhysicalRangeTests
{
    private const string Features = """

        [Feature]
        public sealed partial record Bead : Feature<double, double>
        {
            [Positive] public partial double Radius { get; init; } = 1;
            [Probability] public partial double Chance { get; init; } = 0.5;
            [InRange(1, 3)] public partial int Layers { get; init; } = 1;
            [NonNegative] public partial Length Depth { get; init; }
            protected override double Compute(double input, FeatureContext context) => input * Radius * Chance * Layers + Depth.Meters;
        }

        [Feature]
        public sealed partial record Objective : Feature<double, double>
        {
            [Positive, LessThan(nameof(MediumIndex))] public partial double NumericalAperture { get; init; } = 0.8;
            [Positive] public partial double MediumIndex { get; init; } = 1.33;
            [Wavelength] public partial Length Wavelength { get; init; }
            [Wavelength] public partial double WavelengthMeters { get; init; } = 633e-9;
            [Meters] public partial double PixelSize { get; init; } = 1e-7;
            protected override double Compute(double input, FeatureContext context) => input * NumericalAperture / MediumIndex + Wavelength.Meters + WavelengthMeters + PixelSize;
        }
        """;

    [Fact]
    public Task Values_inside_the_declared_ranges_report_nothing() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Objective Make()
            {
                var bead = new Bead { Radius = 2 }.WithChance(1).WithLayers(3).WithDepth(0.Micrometers()).WithRadius(Distribution.Uniform(0.5, 2));
                return new Objective()
                    .WithNumericalAperture(1.2)
                    .WithMediumIndex(1.33)
                    .WithWavelength(633.Nanometers())
                    .WithWavelengthMeters(5e-7)
                    .WithPixelSize(6.5e-6);
            }
        }
        """ + Features);

    [Fact]
    public Task Literals_and_distributions_outside_the_range() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Bead Make() => new Bead { Radius = {|#0:-1|} }
                .WithChance({|#1:1.5|})
                .WithLayers({|#2:Distribution.UniformInt(0, 3)|})
                .WithDepth({|#3:(-2).Micrometers()|});

            public static Objective Light() => new Objective().WithWavelength({|#4:633.Micrometers()|});

            public static Bead Dist() => new Bead().WithRadius({|#5:Distribution.Choice(1.0, 0.0, 2.0)|});
        }
        """ + Features,
        Verify.Diagnostic(DiagnosticDescriptors.ValueOutOfRange).WithLocation(0).WithArguments("Bead", "Radius", "-1", "must be finite and > 0 ([Positive])")
            .WithMessage("Value -1 for property 'Radius' of feature 'Bead' must be finite and > 0 ([Positive])"),
        Verify.Diagnostic(DiagnosticDescriptors.ValueOutOfRange).WithLocation(1).WithArguments("Bead", "Chance", "1.5", "must lie in [0, 1] ([Probability])"),
        Verify.Diagnostic(DiagnosticDescriptors.ValueOutOfRange).WithLocation(2).WithArguments("Bead", "Layers", "Distribution.UniformInt(0, 3)", "can draw values outside the property's range: it must lie in [1, 3] ([InRange])"),
        Verify.Diagnostic(DiagnosticDescriptors.ValueOutOfRange).WithLocation(3).WithArguments("Bead", "Depth", "-2 µm", "must be finite and ≥ 0 ([NonNegative])"),
        Verify.Diagnostic(DiagnosticDescriptors.ValueOutOfRange).WithLocation(4).WithArguments("Objective", "Wavelength", "633 µm", "must lie between 100 nm and 10 µm; write it with a unit, e.g. 633.Nanometers() ([Wavelength])"),
        Verify.Diagnostic(DiagnosticDescriptors.ValueOutOfRange).WithLocation(5).WithArguments("Bead", "Radius", "Distribution.Choice(1.0, 0.0, 2.0)", "can draw values outside the property's range: it must be finite and > 0 ([Positive])"));

    [Fact]
    public Task Numerical_aperture_must_stay_below_the_medium_index() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Objective TooHigh() => new Objective().WithNumericalAperture({|#0:1.4|});
            public static Objective BoundLowered() => new Objective().WithNumericalAperture(1.2).WithMediumIndex({|#1:1.0|});
            public static Objective Fine() => new Objective().WithNumericalAperture(1.4).WithMediumIndex(1.52);
        }
        """ + Features,
        Verify.Diagnostic(DiagnosticDescriptors.ValueOutOfRange).WithLocation(0).WithArguments("Objective", "NumericalAperture", "1.4", "must be < MediumIndex = 1.33 ([LessThan])")
            .WithMessage("Value 1.4 for property 'NumericalAperture' of feature 'Objective' must be < MediumIndex = 1.33 ([LessThan])"),
        Verify.Diagnostic(DiagnosticDescriptors.ValueOutOfRange).WithLocation(1).WithArguments("Objective", "NumericalAperture", "1.2", "must be < MediumIndex = 1 ([LessThan])"));

    [Fact]
    public Task Declared_defaults_are_checked() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        [Feature]
        public sealed partial record Lamp : Feature<double, double>
        {
            [Probability] public partial double Flicker { get; init; } = {|#0:2|};
            [Probability] public partial double Steady { get; init; } = 0.1;
            protected override double Compute(double input, FeatureContext context) => input * Flicker * Steady;
        }
        """,
        Verify.Diagnostic(DiagnosticDescriptors.ValueOutOfRange).WithLocation(0).WithArguments("Lamp", "Flicker", "2", "must lie in [0, 1] ([Probability])"));

    [Fact]
    public Task Invalid_validation_attributes() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        [Feature]
        public sealed partial record Lamp : Feature<double, double>
        {
            [{|#0:Positive|}] public partial string Label { get; init; } = "";
            [{|#1:InRange(5, 1)|}] public partial double Level { get; init; } = 3;
            [{|#2:LessThan("Maximum")|}] public partial double Minimum { get; init; } = 0;
            [{|#3:Probability|}] public partial Length Size { get; init; }
            [InRange(0, 10), LessThan(nameof(Level))] public partial double Fine { get; init; } = 1;
            protected override double Compute(double input, FeatureContext context) => input * Level + Minimum + Size.Meters + Fine;
        }
        """,
        Verify.Diagnostic(DiagnosticDescriptors.InvalidValidationAttribute).WithLocation(0).WithArguments("Lamp", "Label", "Positive", "it applies to numbers and Length, not 'string'"),
        Verify.Diagnostic(DiagnosticDescriptors.InvalidValidationAttribute).WithLocation(1).WithArguments("Lamp", "Level", "InRange", "the minimum 5 is not below the maximum 1")
            .WithMessage("[InRange] on property 'Level' of feature 'Lamp' is invalid: the minimum 5 is not below the maximum 1"),
        Verify.Diagnostic(DiagnosticDescriptors.InvalidValidationAttribute).WithLocation(2).WithArguments("Lamp", "Minimum", "LessThan", "'Lamp' has no property 'Maximum'"),
        Verify.Diagnostic(DiagnosticDescriptors.InvalidValidationAttribute).WithLocation(3).WithArguments("Lamp", "Size", "Probability", "it applies to numbers, not 'Length'"));

    [Fact]
    public Task Wrong_unit_message() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Objective Make() => new Objective().WithWavelengthMeters({|#0:633|});
        }
        """ + Features,
        Verify.Diagnostic(DiagnosticDescriptors.LiteralInWrongUnit).WithLocation(0)
            .WithMessage("Value 633 for property 'WavelengthMeters' of feature 'Objective' looks like nanometres, but the property expects metres: write 633.Nanometers().Meters"));

    [Fact]
    public Task Numbers_in_the_wrong_unit_are_converted_fix_all() => Verifiers.CodeFixTest<PhysicalRangeAnalyzer, ConvertToUnitHelperCodeFixProvider>.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Objective Make() => new Objective { PixelSize = {|DTF0013:6.5|} }
                .WithWavelengthMeters({|DTF0013:633|})
                .WithPixelSize({|DTF0013:2 * 100|});

            public static Objective Micro() => new Objective().WithWavelengthMeters({|DTF0013:0.5|});
        }
        """ + Features, """
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Objective Make() => new Objective { PixelSize = 6.5.Micrometers().Meters }
                .WithWavelengthMeters(633.Nanometers().Meters)
                .WithPixelSize((2 * 100).Nanometers().Meters);

            public static Objective Micro() => new Objective().WithWavelengthMeters(0.5.Micrometers().Meters);
        }
        """ + Features);

    [Fact]
    public Task Bare_number_for_a_length_gets_the_unit_helper_and_the_using()
    {
        var test = new Verifiers.CodeFixTest<PhysicalRangeAnalyzer, ConvertToUnitHelperCodeFixProvider>("""
            namespace Optics
            {
                public static class Example
                {
                    public static Lab.Objective Make() => new Lab.Objective().WithWavelength(532);
                }
            }
            """, """
            using DeepTrack.Fluent;

            namespace Optics
            {
                public static class Example
                {
                    public static Lab.Objective Make() => new Lab.Objective().WithWavelength(532.Nanometers());
                }
            }
            """);
        test.TestState.Sources.Add("namespace Lab;\nusing DeepTrack.Fluent;\n" + Features);
        test.FixedState.Sources.Add("namespace Lab;\nusing DeepTrack.Fluent;\n" + Features);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.LiteralInWrongUnit).WithSpan(5, 82, 5, 85)
            .WithArguments("Objective", "Wavelength", "532", "nanometres", "a Length", "532.Nanometers()"));
        // A number is not a Length: the compiler's own error stands next to the diagnostic that offers the fix.
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS1503").WithSpan(5, 82, 5, 85).WithArguments("1", "int", "DeepTrack.Fluent.Length"));
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        return test.RunAsync();
    }
}
