using DeepTrack.Fluent.Analyzers.Diagnostics;
using DeepTrack.Fluent.CodeFixes;
using Verify = DeepTrack.Fluent.Analyzers.Tests.Verifiers.AnalyzerTest<DeepTrack.Fluent.Analyzers.UnseededRandomAnalyzer>;

namespace DeepTrack.Fluent.Analyzers.Tests;

public class RandomnessTests
{
    private const string Features = """

        [Feature]
        public sealed partial record Bead : Feature<double, double>
        {
            public partial double Radius { get; init; } = 1;
            public partial int Count { get; init; } = 1;
            protected override double Compute(double input, FeatureContext context) => input * Radius * Count;
        }
        """;

    [Fact]
    public Task Seeded_draws_and_random_outside_pipelines_report_nothing() => Verify.VerifyAsync("""
        using System;
        using DeepTrack.Fluent;

        [Feature]
        public sealed partial record Noise : Feature<double, double>
        {
            public partial double Sigma { get; init; } = 1;
            protected override double Compute(double input, FeatureContext context) => input + Sigma * context.Random.NextGaussian();
        }

        public static class Example
        {
            public static Bead Make() => new Bead()
                .WithRadius(Distribution.From(rng => rng.NextDouble(1, 2)))
                .WithCount(Distribution.UniformInt(1, 4));

            public static int Shuffle() => Random.Shared.Next(10);
        }
        """ + Features);

    [Fact]
    public Task System_random_in_samplers_rules_distributions_and_compute() => Verify.VerifyAsync("""
        using System;
        using DeepTrack.Fluent;

        [Feature]
        public sealed partial record Noise : Feature<double, double>
        {
            private static readonly Random Generator = new();
            protected override double Compute(double input, FeatureContext context) => input + {|#0:Generator.NextDouble()|};
        }

        public static class Example
        {
            public static Bead Make(Random random) => new Bead()
                .WithRadius(() => {|#1:Random.Shared|}.NextDouble())
                .WithCount(b => (int)b.Radius + {|#2:random.Next(3)|});

            public static Distribution<double> Custom() => Distribution.From(r => r.NextDouble() + {|#3:new Random(1)|}.NextDouble());
        }
        """ + Features,
        Verify.Diagnostic(DiagnosticDescriptors.UnseededRandom).WithLocation(0).WithArguments("The System.Random 'Generator'", "Compute of feature 'Noise'", "context.Random")
            .WithMessage("The System.Random 'Generator' in Compute of feature 'Noise' is not seeded by the pipeline, so samples cannot be reproduced: use context.Random"),
        Verify.Diagnostic(DiagnosticDescriptors.UnseededRandom).WithLocation(1).WithArguments("Random.Shared", "the sampler given to WithRadius", "a Distribution, e.g. Distribution.From(rng => …)"),
        Verify.Diagnostic(DiagnosticDescriptors.UnseededRandom).WithLocation(2).WithArguments("The System.Random 'random'", "the rule given to WithCount", "a Distribution for a property of its own and read that in the rule"),
        Verify.Diagnostic(DiagnosticDescriptors.UnseededRandom).WithLocation(3).WithArguments("new Random()", "Distribution.From", "the RandomStream the function receives"));

    [Fact]
    public Task Samplers_become_seeded_distributions_fix_all() => Verifiers.CodeFixTest<Analyzers.UnseededRandomAnalyzer, UseSeededRandomCodeFixProvider>.VerifyAsync("""
        using System;
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Bead Make() => new Bead()
                .WithRadius(() => 1 + 2 * {|DTF0014:Random.Shared|}.NextDouble())
                .WithCount(() => {|DTF0014:new Random()|}.Next(1, 5) + {|DTF0014:Random.Shared|}.Next(3));

            public static Distribution<double> Custom() => Distribution.From(stream => stream.NextDouble() * {|DTF0014:Random.Shared|}.NextDouble());
        }
        """ + Features, """
        using System;
        using DeepTrack.Fluent;

        public static class Example
        {
            public static Bead Make() => new Bead()
                .WithRadius(global::DeepTrack.Fluent.Distribution.From<double>(rng => 1 + 2 * rng.NextDouble()))
                .WithCount(global::DeepTrack.Fluent.Distribution.From<int>(rng => rng.NextInt(1, 5) + rng.NextInt(3)));

            public static Distribution<double> Custom() => Distribution.From(stream => stream.NextDouble() * stream.NextDouble());
        }
        """ + Features);

    [Fact]
    public Task Compute_draws_from_the_context() => Verifiers.CodeFixTest<Analyzers.UnseededRandomAnalyzer, UseSeededRandomCodeFixProvider>.VerifyAsync("""
        using System;
        using DeepTrack.Fluent;

        [Feature]
        public sealed partial record Jitter : Feature<double, double>
        {
            protected override double Compute(double input, FeatureContext ctx)
            {
                double shift = {|DTF0014:Random.Shared|}.NextDouble();
                return input + shift + {|DTF0014:Random.Shared|}.Next(2);
            }
        }
        """, """
        using System;
        using DeepTrack.Fluent;

        [Feature]
        public sealed partial record Jitter : Feature<double, double>
        {
            protected override double Compute(double input, FeatureContext ctx)
            {
                double shift = ctx.Random.NextDouble();
                return input + shift + ctx.Random.NextInt(2);
            }
        }
        """);
}
