using DeepTrack.Fluent.Analyzers.Diagnostics;
using DeepTrack.Fluent.CodeFixes;
using Verify = DeepTrack.Fluent.Analyzers.Tests.Verifiers.AnalyzerTest<DeepTrack.Fluent.Analyzers.OperatorPrecedenceAnalyzer>;

namespace DeepTrack.Fluent.Analyzers.Tests;

public class PrecedenceTests
{
    private const string Features = """

        [Feature]
        public sealed partial record Spot : Feature<double, double>
        {
            public partial double Intensity { get; init; } = 1;
            protected override double Compute(double input, FeatureContext context) => input + Intensity;
        }

        [Feature]
        public sealed partial record Gain : Feature<double, double>
        {
            public partial double Factor { get; init; } = 2;
            protected override double Compute(double input, FeatureContext context) => input * Factor;
        }

        [Feature]
        public sealed partial record Sum : Feature<(double, double), double>
        {
            protected override double Compute((double, double) input, FeatureContext context) => input.Item1 + input.Item2;
        }
        """;

    [Fact]
    public Task Repeat_before_a_chain_is_reported_with_the_reading_and_the_fix() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static object Make(Spot spot, Gain gain) => spot {|#0:^|} {|CS0019:5 >> gain|};
        }
        """ + Features,
        Verify.Diagnostic(DiagnosticDescriptors.ChainBindsTighter).WithLocation(0).WithArguments("^", "spot ^ (5 >> gain)", "(spot ^ 5) >> gain")
            .WithMessage("'>>' binds tighter than '^' in C#, so this reads as 'spot ^ (5 >> gain)': write '(spot ^ 5) >> gain' to apply '^' first, or add the parentheses of the current reading"));

    [Fact]
    public Task Parenthesized_operators_and_plain_integers_report_nothing() => Verify.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static object Repeat(Spot spot, Gain gain) => (spot ^ 5) >> gain;
            public static object Combine(Spot spot, Gain gain) => spot & (spot >> gain);
            public static object After(Spot spot, Gain gain) => spot >> gain ^ 3;
            public static int Bits(int a, int b) => a ^ b >> 2 & a >> 1;
        }
        """ + Features);

    [Fact]
    public Task The_fix_applies_the_operator_first_fix_all() => Verifiers.CodeFixTest<OperatorPrecedenceAnalyzer, ParenthesizeOperatorCodeFixProvider>.VerifyAsync("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static object Make(Spot spot, Gain gain) => spot {|DTF0017:^|} {|CS0019:5 >> gain|};
            public static object Longer(Spot spot, Gain gain) => spot {|DTF0017:^|} {|CS0019:3 >> gain|} >> gain;
            public static object Pair(Spot spot, Sum sum) => spot {|DTF0017:&|} {|CS0019:spot >> sum|};
        }
        """ + Features, """
        using DeepTrack.Fluent;

        public static class Example
        {
            public static object Make(Spot spot, Gain gain) => (spot ^ 5) >> gain;
            public static object Longer(Spot spot, Gain gain) => (spot ^ 3) >> gain >> gain;
            public static object Pair(Spot spot, Sum sum) => (spot & spot) >> sum;
        }
        """ + Features);

    [Fact]
    public Task The_second_fix_keeps_the_current_reading_of_a_combine() => new Verifiers.CodeFixTest<OperatorPrecedenceAnalyzer, ParenthesizeOperatorCodeFixProvider>("""
        using DeepTrack.Fluent;

        public static class Example
        {
            public static object Pair(Spot spot, Gain gain) => spot {|DTF0017:&|} spot >> gain;
        }
        """ + Features, """
        using DeepTrack.Fluent;

        public static class Example
        {
            public static object Pair(Spot spot, Gain gain) => spot & (spot >> gain);
        }
        """ + Features)
    {
        CodeActionIndex = 1,
        CodeActionEquivalenceKey = "Keep the current reading: add parentheses",
    }.RunAsync();
}
