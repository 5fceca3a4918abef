using System.Collections.Immutable;
using DeepTrack.Fluent.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeepTrack.Fluent.Generators.Tests;

/// <summary>Compiles snippets against the runtime library, with or without the feature generator.</summary>
internal static class CompilationHelper
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. platform.Where(p => p.EndsWith(".dll", StringComparison.Ordinal)).Select(p => MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(Feature).Assembly.Location)];
    });

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

    public static CSharpCompilation Compile(params string[] sources) => Compile(sources, []);

    public static CSharpCompilation Compile(IEnumerable<string> sources, IEnumerable<MetadataReference> extraReferences, string name = "Snippet")
        => CSharpCompilation.Create(
            name,
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References.Value.AddRange(extraReferences),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Compiles a library with the generator and returns it as a metadata reference.</summary>
    public static MetadataReference CompileLibrary(string source, string name)
    {
        var compilation = Compile([source], [], name);
        CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    public static GeneratorDriver CreateDriver(bool trackSteps = true)
        => CSharpGeneratorDriver.Create(
            [new FeatureGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator; returns the generated sources and the diagnostics of the final compilation.</summary>
    public static (GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> Diagnostics) Generate(params string[] sources)
    {
        var compilation = Compile(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var diagnostics = generatorDiagnostics.AddRange(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return (driver.GetRunResult(), diagnostics);
    }

    /// <summary>This test project's folder in the repository.</summary>
    public static string SourceDirectory() => DeepTrack.Fluent.Testing.RepositoryPaths.Combine("tests", "DeepTrack.Fluent.Generators.Tests");
}
