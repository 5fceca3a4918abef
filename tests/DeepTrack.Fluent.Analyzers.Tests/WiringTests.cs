using DeepTrack.Fluent.Analyzers.Diagnostics;
using DeepTrack.Fluent.CodeFixes;
using Verify = DeepTrack.Fluent.Analyzers.Tests.Verifiers.AnalyzerTest<DeepTrack.Fluent.Analyzers.PropertyWiringAnalyzer>;

namespace DeepTrack.Fluent.Analyzers.Tests;

public class WiringTests
{
    private const string Features = """

        [Feature]
        public sealed partial record Loop : Feature<NoInput, double>
        {
            public partial double A { get; init; } = 1;
            public partial double B { get; init; } = 1;
            public partial double C { get; init; } = 1;
            protected override double Compute(NoInput input, FeatureContext context) => A + B + C;
        }

        [Feature]
        public sealed partial record Spot : AppendFeature<double>
        {
            public partial PixelPosition Position { get; init; }
            public partial double Intensity { get; init; } = 1;
            protected override double Create(FeatureContext context) => Intensity * Position.Row;
        }

        [Feature]
        public sealed partial record Gain : Feature<System.Collections.Generic.IReadOnlyList<double>, double>
        {
            public partial double Factor { get; init; }
            protected override double Compute(System.Collections.Generic.IReadOnlyList<double> input, FeatureContext context) => Factor * input.Count;
        }
        """;

    [Fact]
    public Task Rules_without_cycles_report_nothing() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Loop Make()
            {
                var loop = new Loop().WithA(s => s.B * 2).WithB(s => s.C + 1);
                return loop.WithC(3);
            }
        }
        """ + Features);

    [Fact]
    public Task Property_depending_on_itself_directly_and_through_a_cycle() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Loop Direct() => new Loop().{|#0:WithA|}(s => s.A + 1);

            public static Loop Cycle()
            {
                var first = new Loop().{|#1:WithA|}(s => s.B * 2);
                return first.WithC(2).{|#2:WithB|}(s => s.A - s.C);
            }
        }
        """ + Features,
        Verify.Diagnostic(DiagnosticDescriptors.PropertyDependsOnItself).WithLocation(0).WithArguments("Loop", "A", "A → A")
            .WithMessage("Property 'A' of feature 'Loop' depends on itself (A → A): resolving it would never end"),
        Verify.Diagnostic(DiagnosticDescriptors.PropertyDependsOnItself).WithLocation(1).WithArguments("Loop", "A", "A → B → A"),
        Verify.Diagnostic(DiagnosticDescriptors.PropertyDependsOnItself).WithLocation(2).WithArguments("Loop", "B", "B → A → B"));

    [Fact]
    public Task A_cycle_broken_by_a_later_constant_is_not_reported() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Loop Make() => new Loop(){|#0:.WithA(s => s.B)|}.WithB(s => s.A).WithA(2);
        }
        """ + Features,
        // The first WithA is dead, which is all that is wrong here.
        Verify.Diagnostic(DiagnosticDescriptors.PropertySetTwice).WithLocation(0).WithArguments("Loop", "A", "s => s.B"));

    [Fact]
    public Task Required_property_never_set_in_a_pipeline() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static void Run()
            {
                var spot = {|#0:new Spot()|}.WithIntensity(2);
                var gain = {|#1:new Gain()|};
                var pipeline = ((spot ^ 3) >> gain).Build(seed: 1);
            }
        }
        """ + Features,
        Verify.Diagnostic(DiagnosticDescriptors.RequiredPropertyNeverSet).WithLocation(0).WithArguments("Spot", "Position")
            .WithMessage("Feature 'Spot' goes into a pipeline but its required property 'Position' is never given a value: call WithPosition(…)"),
        Verify.Diagnostic(DiagnosticDescriptors.RequiredPropertyNeverSet).WithLocation(1).WithArguments("Gain", "Factor"));

    [Fact]
    public Task Required_properties_given_a_value_or_unknown_flow_report_nothing() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static void Run(Gain fromElsewhere)
            {
                var spot = new Spot { Position = new PixelPosition(1, 2) };
                var pipeline = ((spot ^ 3) >> new Gain().WithFactor(Distribution.Uniform(1, 2))).Build(seed: 1);

                var reassigned = new Spot();
                reassigned = reassigned.WithPosition(Distribution.UniformPosition(0, 1, 0, 1));
                var second = ((reassigned ^ 2) >> fromElsewhere).Build();

                var notInAPipeline = new Gain();
            }
        }
        """ + Features);

    [Fact]
    public Task Property_set_twice_in_one_chain() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Loop Make() => new Loop(){|#0:.WithA(1)|}.WithB(2).WithA(s => s.B);

            public static Loop Separate()
            {
                var first = new Loop().WithA(1);
                return first.WithA(2);
            }
        }
        """ + Features,
        Verify.Diagnostic(DiagnosticDescriptors.PropertySetTwice).WithLocation(0).WithArguments("Loop", "A", "1")
            .WithMessage("Property 'A' of feature 'Loop' is set again later in this chain, so this value (1) is never used"));

    [Fact]
    public Task Overwritten_setters_are_removed_fix_all() => Verifiers.CodeFixTest<Analyzers.PropertyWiringAnalyzer, RemoveOverwrittenSetterCodeFixProvider>.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Loop Make() => new Loop()
                {|DTF0010:.WithA(1)|}
                .WithB(2)
                {|DTF0010:.WithA(s => s.B)|}
                .WithA(3);

            public static Loop Other() => new Loop(){|DTF0010:.WithC(Distribution.Normal(0, 1))|}.WithC(4);
        }
        """ + Features, """
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Loop Make() => new Loop()
                .WithB(2)
                .WithA(3);

            public static Loop Other() => new Loop().WithC(4);
        }
        """ + Features);
}
