namespace DeepTrack.Fluent.Analyzers.Tests;

/// <summary>
/// Legal but unusual feature declarations. Each either gets generated code that compiles cleanly or a DTF
/// diagnostic on the user's declaration; none may cost another feature its code or put an error in a
/// generated file.
/// </summary>
internal static class DeclarationCorpus
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing DeepTrack.Fluent;\n";

    /// <summary>
    /// The declarations: a name, the source, and the DTF diagnostics and compiler errors expected on the user's
    /// code (none: it must compile without warnings). CS9248 (a partial property left unimplemented) and CS8050 (its
    /// initializer) go with each property the generator leaves out and are not listed.
    /// </summary>
    public static IReadOnlyList<(string Name, string Source, string[] Expected)> Entries { get; } =
    [
        ("keyword type name", """
            [Feature]
            public sealed partial record @record : Feature<double, double>
            {
                public partial double Gain { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input * Gain;
            }
            public static class Use { public static @record Make() => new @record().WithGain(Distribution.Uniform(1, 2)); }
            """, []),
        ("names that differ only in case", """
            namespace Demo
            {
                [Feature]
                public sealed partial record Ring : Feature<double, double>
                {
                    public partial double Radius { get; init; } = 1;
                    protected override double Compute(double input, FeatureContext context) => input * Radius;
                }

                [Feature]
                public sealed partial record ring : Feature<double, double>
                {
                    public partial double Width { get; init; } = 1;
                    protected override double Compute(double input, FeatureContext context) => input * Width;
                }

                [Feature]
                public sealed partial record RING : Feature<double, double>
                {
                    public partial double Depth { get; init; } = 1;
                    protected override double Compute(double input, FeatureContext context) => input * Depth;
                }

                public static class Use { public static object Make() => new Ring().WithRadius(2) >> new ring().WithWidth(3) >> new RING().WithDepth(4); }
            }
            """, []),
        ("[Feature] on both parts of a partial record", """
            [Feature]
            public sealed partial record Split : Feature<double, double>
            {
                public partial double A { get; init; } = 1;
            }

            [Feature]
            public sealed partial record Split
            {
                public partial double B { get; init; } = 2;
                protected override double Compute(double input, FeatureContext context) => input * A * B;
            }
            public static class Use { public static Split Make() => new Split().WithA(3).WithB(s => s.A * 2); }
            """, ["CS0579"]),
        ("required property", """
            [Feature]
            public sealed partial record Needs : Feature<double, double>
            {
                public required partial double Scale { get; init; }
                protected override double Compute(double input, FeatureContext context) => input * Scale;
            }
            public static class Use { public static Needs Make() => new Needs { Scale = 2 }.WithScale(Distribution.Uniform(1, 2)); }
            """, []),
        ("private accessors", """
            [Feature]
            public sealed partial record Hidden : Feature<double, double>
            {
                public partial double Shown { get; private init; } = 1;
                public partial double Secret { private get; init; } = 2;
                protected override double Compute(double input, FeatureContext context) => input * Shown * Secret;
            }
            public static class Use { public static Hidden Make() => new Hidden { Secret = 3 }.WithShown(2).WithSecret(() => 4); }
            """, []),
        ("virtual property", """
            [Feature]
            public partial record Base : Feature<double, double>
            {
                public virtual partial double Level { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input + Level;
            }
            public static class Use { public static Base Make() => new Base().WithLevel(2); }
            """, []),
        ("type parameters named like the setters' own", """
            [Feature]
            public sealed partial record Pair<TOtherFeature, TFirstFeature> : Feature<TOtherFeature, TOtherFeature>
            {
                public partial TFirstFeature Extra { get; init; }
                public partial double Weight { get; init; } = 1;
                protected override TOtherFeature Compute(TOtherFeature input, FeatureContext context) => input;
            }
            public static class Use { public static object Make(Feature other) => new Pair<int, string>().WithExtra("x").WithWeight(other, o => 2.0) >> new Pair<int, string>().WithExtra(() => "y").WithWeight(other, other, (a, b) => 3.0); }
            """, []),
        ("keyword property names", """
            [Feature]
            public sealed partial record Words : Feature<double, double>
            {
                public partial double @class { get; init; } = 1;
                public partial double @event { get; init; } = 2;
                public partial double field { get; init; } = 3;
                public partial double value { get; init; } = 4;
                public partial double @this { get; init; } = 5;
                protected override double Compute(double input, FeatureContext context) => input * @class * @event * this.field * this.value * @this;
            }
            public static class Use { public static Words Make() => new Words().Withclass(2).Withevent(w => w.@class).Withfield(3).Withvalue(4).Withthis(0.5, (w, s) => s.Previous * 2); }
            """, []),
        ("obsolete property", """
            [Feature]
            public sealed partial record Old : Feature<double, double>
            {
                [Obsolete("use Gain")] public partial double Factor { get; init; } = 1;
                public partial double Gain { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input * Gain;
            }
            """, []),
        ("user members named like the generated fields", """
            [Feature]
            public sealed partial record Fields : Feature<double, double>
            {
                private int __RadiusRule = 1;
                private int __RadiusState = 2;
                private int __RadiusAssigned = 3;
                public partial double Radius { get; init; }
                protected override double Compute(double input, FeatureContext context) => input * Radius + __RadiusRule + __RadiusState + __RadiusAssigned;
            }
            public static class Use { public static Fields Make() => new Fields().WithRadius(2); }
            """, []),
        ("keyword namespace, non-ASCII name, global namespace twin", """
            namespace Demo.@event
            {
                [Feature]
                public sealed partial record Größe : Feature<double, double>
                {
                    public partial double Maß { get; init; } = 1;
                    protected override double Compute(double input, FeatureContext context) => input * Maß;
                }
            }

            [Feature]
            public sealed partial record Größe : Feature<double, double>
            {
                public partial double Maß { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input * Maß;
            }
            public static class Use { public static object Make() => new Demo.@event.Größe().WithMaß(2) >> new Größe().WithMaß(3); }
            """, []),
        ("nested in generic and struct containers", """
            public partial struct Holder<T>
            {
                public partial class Inner
                {
                    [Feature]
                    public sealed partial record Deep<TOtherFeature> : Feature<T, T>
                    {
                        public partial TOtherFeature? Tag { get; init; }
                        public partial (double X, double Y) Shift { get; init; } = (1, 2);
                        public partial double[] Weights { get; init; } = [];
                        public partial string? Note { get; init; }
                        protected override T Compute(T input, FeatureContext context) => input;
                    }
                }
            }
            """, []),
        ("features named like library types", """
            namespace Demo
            {
                [Feature]
                public sealed partial record Distribution : Feature<double, double>
                {
                    public partial double Spread { get; init; } = 1;
                    protected override double Compute(double input, FeatureContext context) => input * Spread;
                }

                [Feature]
                public sealed partial record PropertyRule : Feature<double, double>
                {
                    public partial double Strength { get; init; } = 1;
                    protected override double Compute(double input, FeatureContext context) => input * Strength;
                }
            }
            """, []),
        ("validation attributes on every numeric kind", """
            [Feature]
            public partial record Bounds : Feature<double, double>
            {
                public partial double Outer { get; init; } = 10;
                protected override double Compute(double input, FeatureContext context) => input;
            }

            [Feature]
            public sealed partial record Checked : Bounds
            {
                [Positive] public partial double? MaybeRadius { get; init; }
                [InRange(0, 5)] public partial int? MaybeCount { get; init; }
                [Positive] public partial decimal Money { get; init; } = 1m;
                [Positive] public partial uint Pixels { get; init; } = 1;
                [NonNegative] public partial Length? MaybeDepth { get; init; }
                [LessThan(nameof(Outer))] public partial double Inner { get; init; } = 1;
                [LessThan(nameof(Limit))] public partial long Small { get; init; } = 1;
                public partial long Limit { get; init; } = 5;
                [Probability] public partial float? Chance { get; init; }
                [InRange(double.NegativeInfinity, 0)] public partial double Below { get; init; } = -1;
            }
            """, []),
        ("a user method with a generated setter's signature", """
            [Feature]
            public sealed partial record Custom : Feature<double, double>
            {
                public partial double X { get; init; } = 1;
                public Custom {|DTF0016:WithX|}(double x) => this with { X = x * 2 };
                protected override double Compute(double input, FeatureContext context) => input * X;
            }
            public static class Use { public static Custom Make() => new Custom().WithX(Distribution.Uniform(1, 2)); }
            """, ["DTF0016"]),
        ("a derived feature with a setter of its own for an inherited property", """
            [Feature]
            public abstract partial record Particle : AppendFeature<double>
            {
                public partial double Intensity { get; init; } = 1;
            }

            [Feature]
            public sealed partial record Bead : Particle
            {
                public partial double Radius { get; init; } = 1;
                public new Bead WithIntensity(double value) => this with { Intensity = value };
                protected override double Create(FeatureContext context) => Radius * Intensity;
            }
            public static class Use { public static Bead Make() => new Bead().WithIntensity(2).WithRadius(b => b.Intensity); }
            """, []),
        ("file-local feature", """
            [Feature]
            file sealed partial record {|DTF0015:Local|} : Feature<double, double>
            {
                public partial double Gain { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input * Gain;
            }
            """, ["DTF0015"]),
        ("feature nested in a file-local class", """
            file static partial class Scope
            {
                [Feature]
                public sealed partial record {|DTF0015:Inner|} : Feature<double, double>
                {
                    public partial double Gain { get; init; } = 1;
                    protected override double Compute(double input, FeatureContext context) => input * Gain;
                }
            }
            """, ["DTF0015"]),
        ("dynamic property", """
            [Feature]
            public sealed partial record Loose : Feature<double, double>
            {
                public partial dynamic {|DTF0006:Anything|} { get; init; }
                public partial double Gain { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input * Gain;
            }
            """, ["DTF0006"]),
        ("function pointer and ref struct properties", """
            [Feature]
            public sealed unsafe partial record Raw : Feature<double, double>
            {
                public partial delegate*<double, double> {|DTF0006:Transform|} { get; init; }
                public partial Span<double> {|DTF0006:Buffer|} { get; init; }
                public partial double Gain { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input * Gain;
            }
            """, ["DTF0006"]),
        ("property that hides or overrides", """
            public abstract record Plain : Feature<double, double>
            {
                public virtual double Level { get; init; }
                public double Offset { get; init; }
            }

            [Feature]
            public sealed partial record Over : Plain
            {
                public override partial double {|DTF0006:Level|} { get; init; }
                public new partial double {|DTF0006:Offset|} { get; init; }
                public partial double Gain { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input * Gain;
            }
            """, ["DTF0006"]),
        ("property obsolete as an error", """
            [Feature]
            public sealed partial record Gone : Feature<double, double>
            {
                [Obsolete("removed", true)] public partial double {|DTF0006:Factor|} { get; init; }
                public partial double Gain { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input * Gain;
            }
            """, ["DTF0006"]),
    ];

    /// <summary>The indices, for a theory.</summary>
    public static IEnumerable<object[]> Indices => Enumerable.Range(0, Entries.Count).Select(i => new object[] { i });

    /// <summary>One entry's source with its usings and markup removed.</summary>
    /// <param name="index">The entry.</param>
    /// <returns>The source.</returns>
    public static string Source(int index) => Usings + System.Text.RegularExpressions.Regex.Replace(Entries[index].Source, @"\{\|DTF\d+:([^|]*)\|\}", "$1");

    /// <summary>Every valid entry in one source, so that features of different entries meet in one compilation.</summary>
    /// <param name="statements">Top-level statements to put first (for a program).</param>
    /// <returns>The source.</returns>
    public static string AllValid(string statements = "") => Usings + statements + string.Join("\n", Entries.Where(e => e.Expected.Length == 0).Select((e, i) => $"namespace Corpus{i}\n{{\n{e.Source}\n}}"));
}
