namespace DeepTrack.Fluent.Analyzers.Tests;

/// <summary>Broken and half-typed declarations and wirings, as an editor sees them while someone types.</summary>
internal static class MalformedCorpus
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing DeepTrack.Fluent;\n";

    private const string Ring = """

        [Feature]
        public sealed partial record Ring : Feature<double, double>
        {
            [Positive] public partial double Radius { get; init; } = 1;
            [LessThan(nameof(Radius))] public partial double Inner { get; init; } = 0.5;
            public partial string Label { get; init; }
            protected override double Compute(double input, FeatureContext context) => input * Radius;
        }
        """;

    public static IReadOnlyList<string> Snippets { get; } =
    [
        // Declarations: braces, keywords and members cut short.
        "[Feature] public sealed partial record Ring : Feature<double, double> { public partial double Radius { get; init; }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { public partial double Radius { get; init; } = ",
        "[Feature] public sealed partial record Ring : Feature<double, double> { public partial double Radius { get; init; } = 1 }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { public partial double Radius { get; init; }}}",
        "[Feature] public sealed partial record Ring : Feature<double, double> { public partial Radius { get; init; } }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { public partial { get; init; } }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { public partial double { get; init; } }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { public partial double Radius { get; init }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { public partial double Radius { get init; } }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { public partial double Radius { } }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { public partial double Radius; }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { public partial double Radius { get; init; } public partial double Radius { get; init; } }",
        "[Feature] public sealed partial record : Feature<double, double> { public partial double Radius { get; init; } }",
        "[Feature] public sealed partial record Ring : { public partial double Radius { get; init; } }",
        "[Feature] public sealed partial record Ring : Feature<double, { public partial double Radius { get; init; } }",
        "[Feature] public sealed partial record Ring : Feature<double> { public partial double Radius { get; init; } }",
        "[Feature] public sealed partial record Ring : Feature<,> { public partial double Radius { get; init; } }",
        "[Feature] public sealed partial record Ring : Feature<Missing, Unknown> { public partial Missing Radius { get; init; } }",
        "[Feature] public sealed partial record Ring<T> : Feature<T, T> where T : { public partial T Factor { get; init; } }",
        "[Feature] public sealed partial record Ring<T, T> : Feature<T, T> { public partial T Factor { get; init; } }",
        "[Feature] public sealed partial record Ring<> : Feature<int, int> { public partial int Factor { get; init; } }",
        "[Feature] public sealed partial record Ring<T> : Feature<T, T> { public partial List<T Factor { get; init; } }",
        "[Feature] public sealed partial record Ring : Feature<double, double>(double Radius) { }",
        "[Feature] public sealed partial record Ring(double Radius) : Feature<double, double>;",
        "[Feature] public sealed partial record Ring(double Radius : Feature<double, double> { }",
        "[Feature] public partial class Ring { public partial double Radius { get; init; } }",
        "[Feature] public partial struct Ring { public partial double Radius { get; init; } }",
        "[Feature] public partial record struct Ring(double Radius);",
        "[Feature] public partial interface IRing { double Radius { get; init; } }",
        "[Feature] public enum Shape { Ring, Disk }",
        "[Feature] public delegate double Shape(double x);",
        "[Feature] public static partial record Ring : Feature<double, double> { }",
        "[Feature] public abstract partial record Shape : Feature<double, double> { public abstract partial double Size { get; init; } }",
        "[Feature] public sealed partial record Ring : Ring { public partial double Radius { get; init; } }",
        "[Feature] public sealed partial record A : B { } [Feature] public sealed partial record B : A { }",
        // Attributes typed halfway.
        "[Feat] public sealed partial record Ring : Feature<double, double> { public partial double Radius { get; init; } }",
        "[Feature( public sealed partial record Ring : Feature<double, double> { public partial double Radius { get; init; } }",
        "[Feature(1, \"x\")] public sealed partial record Ring : Feature<double, double> { public partial double Radius { get; init; } }",
        "[Feature public sealed partial record Ring : Feature<double, double> { }",
        "[Feature] [ public sealed partial record Ring : Feature<double, double> { }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { [Positive public partial double Radius { get; init; } }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { [InRange(1)] public partial double Radius { get; init; } }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { [InRange(\"a\", \"b\")] public partial double Radius { get; init; } = 2; }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { [LessThan()] public partial double Radius { get; init; } }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { [LessThan(nameof(Nope))] public partial double Radius { get; init; } }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { [Wavelength, Meters, Probability] public partial string Radius { get; init; } = 633; }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { public static partial double Radius { get; init; } public partial ref double Size { get; } public partial double this[int i] { get; set; } }",
        "[Feature] public sealed partial record Ring : Feature<double, double> { public partial Span<double> Samples { get; init; } public unsafe partial int* Pointer { get; init; } }",
        // Wiring typed halfway.
        "class C { void M() { var r = new Ring().WithRadius( } }" + Ring,
        "class C { void M() { var r = new Ring().WithRadius(() => ); } }" + Ring,
        "class C { void M() { var r = new Ring().WithRadius(s => s.); } }" + Ring,
        "class C { void M() { var r = new Ring().WithRadius(s => s.Radius).WithRadius(s => s.Radius; } }" + Ring,
        "class C { void M() { var r = new Ring().With(); } }" + Ring,
        "class C { void M() { var r = new Ring().WithRadius<int>(1); } }" + Ring,
        "class C { void M() { var r = new Ring().WithRadius(Distribution.Uniform(, 2)); } }" + Ring,
        "class C { void M() { var r = new Ring().WithRadius(Distribution.Choice()); } }" + Ring,
        "class C { void M() { var r = new Ring().WithRadius(633.Nanometers(); } }" + Ring,
        "class C { void M() { var r = new Ring { Radius = }.WithInner(2); } }" + Ring,
        "class C { void M() { var r = new Ring() with { Radius = -1, }; var p = (r >> ).Build(); } }" + Ring,
        "class C { void M() { var p = (new Ring() >> new Ring().WithLabel(s => s.Label + s.)).Build(seed: ); } }" + Ring,
        "class C { void M() { var r = new Ring(); r = r.WithRadius(r => r.Radius); var p = (r ^ ).Build(); } }" + Ring,
        "class C { void M() { var r = new Ring().WithRadius(() => Random.Shared.); } }" + Ring,
        "class C { void M() { var r = new Ring().WithRadius(() => new Random(.NextDouble()); } }" + Ring,
        "class C { void M() { var d = Distribution.From(rng => Random.Shared.Next(1, ); } }" + Ring,
        "class C { void M() { var r = new Ring().WithRadius(s => { return s.Inner; ).WithInner(s => { if (s. }); } }" + Ring,
        "class C { Ring M() => new Ring().WithRadius(Distribution.UniformInt(int.MaxValue, int.MinValue)).WithRadius(double.NaN).WithInner(1e308 * 10); }" + Ring,
        "class C { void M() { var r = new Ring().WithRadius(new Ring(), o => ); var q = new Ring().WithRadius(new Ring(), new Ring(), (a, b) => a.Radius + b.); } }" + Ring,
        "class C { void M() { var r = new Unknown().WithRadius(1).WithRadius(2); var p = (r >> r).Build(); } }" + Ring,
        "class C { void M() { var r = new Ring().WithRadius(1).WithRadius(2)" + Ring,
    ];

    public static TheoryData<int> Indices()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Snippets.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    public static string Source(int index) => Usings + Snippets[index];
}
