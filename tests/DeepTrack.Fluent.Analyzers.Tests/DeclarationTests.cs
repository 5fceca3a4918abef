using DeepTrack.Fluent.Analyzers.Diagnostics;
using DeepTrack.Fluent.CodeFixes;
using Verify = DeepTrack.Fluent.Analyzers.Tests.Verifiers.AnalyzerTest<DeepTrack.Fluent.Analyzers.FeatureDeclarationAnalyzer>;

namespace DeepTrack.Fluent.Analyzers.Tests;

public class DeclarationTests
{
    [Fact]
    public Task A_well_declared_feature_reports_nothing() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        [Feature]
        public sealed partial record Ring : Feature<double, double>
        {
            public partial double Radius { get; init; } = 1;
            public double Area => 3.14 * Radius * Radius;
            private int Cache { get; set; }
            protected override double Compute(double input, FeatureContext context) => input * Radius + Cache;
        }

        public static partial class Outer
        {
            [Feature]
            public partial record Inner : Feature<int, int>
            {
                public partial int Offset { get; set; }
                protected override int Compute(int input, FeatureContext context) => input + Offset;
            }
        }
        """);

    [Fact]
    public Task A_property_holding_a_child_feature_is_structural_and_reports_nothing() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        [Feature]
        public sealed partial record Twice : Feature<double, double>
        {
            public Feature<double, double>? Inner { get; init; }
            public partial double Gain { get; init; } = 2;
            protected override double Compute(double input, FeatureContext context) => Inner is null ? input * Gain : context.Evaluate(Inner, input) * Gain;
        }
        """);

    [Fact]
    public Task Feature_record_that_is_not_partial() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        [Feature]
        public sealed record {|#0:Ring|} : Feature<double, double>
        {
            protected override double Compute(double input, FeatureContext context) => input;
        }
        """, Verify.Diagnostic(DiagnosticDescriptors.FeatureTypeNotPartial).WithLocation(0).WithArguments("Ring", "'Ring'")
            .WithMessage("Feature 'Ring' is not generated because 'Ring' must be partial"));

    [Fact]
    public Task Add_partial_to_the_feature_and_its_container_fix_all() => new Verifiers.CodeFixTest<FeatureDeclarationAnalyzer, AddPartialModifierCodeFixProvider>("""
        using DeepTrack.Fluent;

        public static class Outer
        {
            [Feature]
            public record {|#0:Inner|} : Feature<int, int>
            {
                protected override int Compute(int input, FeatureContext context) => input;
            }
        }

        [Feature]
        record {|DTF0001:Bare|} : Feature<int, int>
        {
            protected override int Compute(int input, FeatureContext context) => input;
        }
        """, """
        using DeepTrack.Fluent;

        public static partial class Outer
        {
            [Feature]
            public partial record Inner : Feature<int, int>
            {
                protected override int Compute(int input, FeatureContext context) => input;
            }
        }

        [Feature]
        partial record Bare : Feature<int, int>
        {
            protected override int Compute(int input, FeatureContext context) => input;
        }
        """)
    {
        ExpectedDiagnostics = { Verify.Diagnostic(DiagnosticDescriptors.FeatureTypeNotPartial).WithLocation(0).WithArguments("Inner", "'Outer' and 'Inner'") },
    }.RunAsync();

    [Fact]
    public Task Feature_on_a_class_is_converted_to_a_record() => new Verifiers.CodeFixTest<FeatureDeclarationAnalyzer, ConvertToRecordCodeFixProvider>("""
        using DeepTrack.Fluent;

        [Feature]
        public sealed partial class {|DTF0002:Ring|} : Feature<double, double>
        {
            protected override double Compute(double input, FeatureContext context) => input;
        }

        [Feature]
        internal partial class {|DTF0002:Disk|}<T> : Feature<T, T>
            where T : struct
        {
            protected override T Compute(T input, FeatureContext context) => input;
        }
        """, """
        using DeepTrack.Fluent;

        [Feature]
        public sealed partial record Ring : Feature<double, double>
        {
            protected override double Compute(double input, FeatureContext context) => input;
        }

        [Feature]
        internal partial record Disk<T> : Feature<T, T>
            where T : struct
        {
            protected override T Compute(T input, FeatureContext context) => input;
        }
        """)
    {
        // The class cannot derive from the record Feature<double, double> (CS8865); only the analyzer's diagnostic is asserted.
        CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
    }.RunAsync();

    [Fact]
    public Task Feature_class_message_names_the_kind()
    {
        var test = new Verifiers.AnalyzerTest<FeatureDeclarationAnalyzer>("""
            using DeepTrack.Fluent;

            [Feature]
            public partial class {|#0:Ring|}
            {
            }
            """, Verify.Diagnostic(DiagnosticDescriptors.FeatureTypeNotRecord).WithLocation(0)
                .WithMessage("Feature 'Ring' is a class: the generator supports only 'partial record' (record class) features"));
        return test.RunAsync();
    }

    [Fact]
    public Task Record_that_does_not_derive_from_feature() => new Verifiers.AnalyzerTest<FeatureDeclarationAnalyzer>("""
        using DeepTrack.Fluent;

        [Feature]
        public partial record {|#0:Settings|}
        {
        }

        [Feature]
        public partial record {|#1:Derived|} : Unrelated
        {
        }

        public record Unrelated;
        """,
        Verify.Diagnostic(DiagnosticDescriptors.FeatureTypeNotDerivedFromFeature).WithLocation(0).WithArguments("Settings"),
        Verify.Diagnostic(DiagnosticDescriptors.FeatureTypeNotDerivedFromFeature).WithLocation(1).WithArguments("Derived"))
    {
        // The generated code overrides Feature members that these records lack; only the analyzer's diagnostics are asserted.
        CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
    }.RunAsync();

    [Fact]
    public Task Plain_auto_property_is_made_partial_fix_all() => Verifiers.CodeFixTest<FeatureDeclarationAnalyzer, AddPartialModifierCodeFixProvider>.VerifyAsync("""
        using DeepTrack.Fluent;

        [Feature]
        public sealed partial record Ring : Feature<double, double>
        {
            public double {|DTF0004:Radius|} { get; init; } = 1;
            public double {|DTF0004:Width|} { get; set; }
            public double Computed => Radius * 2;
            internal double Hidden { get; init; }
            protected override double Compute(double input, FeatureContext context) => input * Radius * Width + Hidden;
        }
        """, """
        using DeepTrack.Fluent;

        [Feature]
        public sealed partial record Ring : Feature<double, double>
        {
            public partial double Radius { get; init; } = 1;
            public partial double Width { get; set; }
            public double Computed => Radius * 2;
            internal double Hidden { get; init; }
            protected override double Compute(double input, FeatureContext context) => input * Radius * Width + Hidden;
        }
        """);

    [Fact]
    public Task Missing_init_accessor_is_added_fix_all()
    {
        var test = new Verifiers.CodeFixTest<FeatureDeclarationAnalyzer, AddAccessorCodeFixProvider>("""
            using DeepTrack.Fluent;

            [Feature]
            public sealed partial record Ring : Feature<double, double>
            {
                public partial double Radius { get; }
                public partial double Width { get; }
                protected override double Compute(double input, FeatureContext context) => input * Radius * Width;
            }
            """, """
            using DeepTrack.Fluent;

            [Feature]
            public sealed partial record Ring : Feature<double, double>
            {
                public partial double Radius { get; init; }
                public partial double Width { get; init; }
                protected override double Compute(double input, FeatureContext context) => input * Radius * Width;
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.FeaturePropertyMissingAccessor).WithSpan(6, 27, 6, 33).WithArguments("Ring", "Radius", "init"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.FeaturePropertyMissingAccessor).WithSpan(7, 27, 7, 32).WithArguments("Ring", "Width", "init"));
        // Without a set accessor the generator skips the property, so it has no implementation part.
        test.ExpectedDiagnostics.Add(Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS9248").WithSpan(6, 27, 6, 33).WithArguments("Ring.Radius"));
        test.ExpectedDiagnostics.Add(Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS9248").WithSpan(7, 27, 7, 32).WithArguments("Ring.Width"));
        test.FixedState.InheritanceMode = Microsoft.CodeAnalysis.Testing.StateInheritanceMode.Explicit;
        return test.RunAsync();
    }

    [Fact]
    public Task Unsupported_property_kinds() => new Verifiers.AnalyzerTest<FeatureDeclarationAnalyzer>("""
        using System;
        using DeepTrack.Fluent;

        [Feature]
        public sealed partial record Ring : Feature<double, double>
        {
            public static partial double {|#0:Shared|} { get; set; }
            public partial Span<double> {|#1:Samples|} { get; init; }
            protected override double Compute(double input, FeatureContext context) => input;
        }
        """,
        Verify.Diagnostic(DiagnosticDescriptors.UnsupportedFeatureProperty).WithLocation(0).WithArguments("Ring", "Shared", "it is static"),
        Verify.Diagnostic(DiagnosticDescriptors.UnsupportedFeatureProperty).WithLocation(1).WithArguments("Ring", "Samples", "its type 'Span<double>' is a ref struct"))
    {
        CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
    }.RunAsync();
}
