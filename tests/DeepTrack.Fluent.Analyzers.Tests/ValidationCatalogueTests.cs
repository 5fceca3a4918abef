using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using DeepTrack.Fluent.Declarations;
using DeepTrack.Fluent.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DeepTrack.Fluent.Analyzers.Tests;

/// <summary>
/// The validation catalogue is the one place the attributes' bounds and wording are written: a feature whose
/// properties carry every attribute is generated, analysed, compiled and run, and for each value just inside or
/// just outside a catalogue bound (the values computed from the catalogue entry) the generated check, the analyzer's
/// diagnostic and the runtime's exception all agree with the entry.
/// </summary>
public class ValidationCatalogueTests
{
    /// <summary>Every rule of the catalogue, plus <c>[InRange(2, 3)]</c> as the catalogue builds it, with the attribute syntax.</summary>
    private static readonly (ValidationRule Rule, string Attribute)[] Rules =
    [
        .. ValidationCatalogue.FixedRules.Select(r => (r, r.Name)),
        (ValidationCatalogue.InRange(2, 3), "InRange(2, 3)"),
    ];

    [Fact]
    public async Task The_catalogue_drives_the_generated_check_the_analyzer_and_the_runtime()
    {
        var cases = Rules.SelectMany(r => Cases(r.Rule).Select(c => (r.Rule, c.Value, c.Allowed))).ToArray();
        Assert.Contains(cases, c => c.Allowed);
        Assert.Contains(cases, c => !c.Allowed);

        var (generated, diagnostics, assembly) = await CompileAsync(cases.Select(c => (c.Rule.Name, c.Value)).ToArray());

        // The generator emits the runtime check named by each catalogue entry.
        foreach (var (rule, attribute) in Rules)
        {
            string call = attribute.StartsWith(ValidationCatalogue.InRangeName, StringComparison.Ordinal)
                ? $"PropertyChecks.{ValidationCatalogue.InRangeName}(this, \"{rule.Name}\", this.{rule.Name}, {Literal(rule.Minimum)}, {Literal(rule.Maximum)});"
                : $"PropertyChecks.{rule.Name}(this, \"{rule.Name}\", this.{rule.Name});";
            Assert.Contains(call, generated);
        }

        var probe = assembly.GetType("Catalogue.Cases")!;
        for (int i = 0; i < cases.Length; i++)
        {
            var (rule, value, allowed) = cases[i];
            string id = $"{rule.Name} = {value.ToString("R", CultureInfo.InvariantCulture)}";

            // The analyzer reports a literal outside the bound with the catalogue's wording, and nothing inside it.
            var reported = diagnostics.Where(d => d.Id == "DTF0012" && LineOf(d).Contains($"Case{i}(", StringComparison.Ordinal)).ToArray();
            if (allowed)
            {
                Assert.True(reported.Length == 0, $"{id}: {string.Join("; ", reported.Select(d => d.GetMessage(CultureInfo.InvariantCulture)))}");
            }
            else
            {
                var diagnostic = Assert.Single(reported);
                Assert.EndsWith($" {rule.Requirement} ([{rule.Name}])", diagnostic.GetMessage(CultureInfo.InvariantCulture));
            }

            // The runtime check called by the generated code throws with the catalogue's wording, or lets the value through.
            var run = probe.GetMethod($"Case{i}")!;
            var thrown = Record.Exception(() => run.Invoke(null, null)) is TargetInvocationException { InnerException: { } inner } ? inner : null;
            if (allowed)
            {
                Assert.True(thrown is null, $"{id}: {thrown}");
            }
            else
            {
                var exception = Assert.IsType<PropertyValueException>(thrown);
                Assert.Equal(rule.Name, exception.PropertyName);
                Assert.Contains($"is not allowed: {rule.Requirement}.", exception.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_catalogue_lists_every_validation_attribute_and_the_wavelength_bounds_the_attribute_publishes()
    {
        Assert.Equal(WavelengthAttribute.MinimumMeters, ValidationCatalogue.Wavelength.Minimum);
        Assert.Equal(WavelengthAttribute.MaximumMeters, ValidationCatalogue.Wavelength.Maximum);
        Assert.Equal(
            ValidationCatalogue.AttributeNames.Select(ValidationCatalogue.MetadataName).Order(StringComparer.Ordinal),
            typeof(PositiveAttribute).Assembly.GetTypes().Where(t => t.Namespace == "DeepTrack.Fluent" && t.Name.EndsWith("Attribute", StringComparison.Ordinal) && File.Exists(Path.Combine(DeepTrack.Fluent.Testing.RepositoryPaths.Root, "src", "DeepTrack.Fluent", "Validation", t.Name + ".cs")))
                .Select(t => t.FullName!).Order(StringComparer.Ordinal));
    }

    /// <summary>Values at, just inside and just outside each bound, and the non-finite values, with whether the entry allows them.</summary>
    private static IEnumerable<(double Value, bool Allowed)> Cases(ValidationRule rule)
    {
        double inside = double.IsInfinity(rule.Maximum) ? rule.Minimum + 1 : (rule.Minimum + rule.Maximum) / 2;
        yield return (inside, true);
        yield return (rule.Minimum, rule.MinimumInclusive);
        yield return (Math.BitDecrement(rule.Minimum), false);
        yield return (Math.BitIncrement(rule.Minimum), true);
        if (!double.IsInfinity(rule.Maximum))
        {
            yield return (rule.Maximum, rule.MaximumInclusive);
            yield return (Math.BitIncrement(rule.Maximum), false);
            yield return (Math.BitDecrement(rule.Maximum), true);
        }

        yield return (double.PositiveInfinity, false);
        yield return (double.NaN, false);
    }

    private static string Literal(double value) => value switch
    {
        double.PositiveInfinity => "double.PositiveInfinity",
        double.NegativeInfinity => "double.NegativeInfinity",
        double.NaN => "double.NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string LineOf(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return diagnostic.Location.SourceTree!.GetText().Lines[span.StartLinePosition.Line].ToString();
    }

    private static async Task<(string Generated, ImmutableArray<Diagnostic> Diagnostics, Assembly Assembly)> CompileAsync((string Property, double Value)[] cases)
    {
        string properties = string.Concat(Rules.Select(r =>
            $"    [{r.Attribute}] public partial double {r.Rule.Name} {{ get; init; }} = {Literal(double.IsInfinity(r.Rule.Maximum) ? r.Rule.Minimum + 1 : (r.Rule.Minimum + r.Rule.Maximum) / 2)};\n"));
        string source = $$"""
            using DeepTrack.Fluent;

            namespace Catalogue;

            [Feature]
            public sealed partial record Probe : Feature<NoInput, double>
            {
            {{properties}}
                protected override double Compute(NoInput input, FeatureContext context) => 0;
            }

            public static class Cases
            {
            {{string.Concat(cases.Select((c, i) => $"    public static double Case{i}() => new Probe().With{c.Property}({Literal(c.Value)}).Build().Resolve();\n"))}}
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Catalogue" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, Verifiers.TestSetup.ParseOptions, path: "Probe.cs")],
            Verifiers.TestSetup.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create([new FeatureGenerator().AsSourceGenerator()], parseOptions: Verifiers.TestSetup.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var withGenerated, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        string generated = string.Concat(withGenerated.SyntaxTrees.Where(t => t.FilePath != "Probe.cs").Select(t => t.ToString()));

        var diagnostics = await withGenerated.WithAnalyzers([new PhysicalRangeAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        // The analyzer's errors are diagnostics, not compiler errors: the assembly still compiles and runs.
        using var image = new MemoryStream();
        var emitted = withGenerated.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        var context = new AssemblyLoadContext("Catalogue", isCollectible: true);
        return (generated, diagnostics, context.LoadFromStream(image));
    }
}
