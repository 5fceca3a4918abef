using System.Collections.Immutable;
using System.Reflection;
using System.Threading;
using System.Xml.Linq;
using DeepTrack.Fluent.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DeepTrack.Fluent.Analyzers.Tests;

/// <summary>
/// The public surface of every package is locked: src/Directory.Build.props runs PublicApiAnalyzers with RS0016 and
/// RS0017 as errors on every project, each project declares its surface in PublicAPI.*.txt, and a public symbol
/// missing from the files (or a declared one that is gone) is reported.
/// </summary>
public class PublicApiLockTests
{
    [Fact]
    public void Every_package_declares_its_surface_and_an_undeclared_symbol_is_an_error()
    {
        var props = XDocument.Load(RepositoryPaths.Combine("src", "Directory.Build.props"));
        string errors = string.Concat(props.Descendants("WarningsAsErrors").Select(e => e.Value));
        Assert.Contains("RS0016", errors);
        Assert.Contains("RS0017", errors);
        Assert.Contains(props.Descendants("PackageReference"), p => p.Attribute("Include")?.Value == "Microsoft.CodeAnalysis.PublicApiAnalyzers");
        foreach (var project in Directory.GetDirectories(RepositoryPaths.Combine("src")))
        {
            foreach (var file in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
            {
                Assert.True(File.Exists(Path.Combine(project, file)), $"{Path.GetFileName(project)} has no {file}");
            }
        }
    }

    [Fact]
    public void A_public_change_that_is_not_in_the_files_is_reported_and_a_reviewed_one_is_not()
    {
        const string Source = "namespace Demo { public class Ring { public double Radius { get; init; } } }";
        const string Declared = """
            #nullable enable
            Demo.Ring
            Demo.Ring.Ring() -> void
            Demo.Ring.Radius.get -> double
            Demo.Ring.Radius.init -> void
            """;
        Assert.Empty(Report(Source, Declared));

        var added = Report(Source.Replace("} } }", "} public double Width { get; init; } } }", StringComparison.Ordinal), Declared);
        Assert.Equal(["RS0016", "RS0016"], added.Select(d => d.Id));
        Assert.Contains(added, d => d.GetMessage().Contains("Width.get", StringComparison.Ordinal));

        var removed = Report(Source.Replace("public double Radius", "internal double Radius", StringComparison.Ordinal), Declared);
        Assert.Equal(["RS0017", "RS0017"], removed.Select(d => d.Id));
    }

    private static ImmutableArray<Diagnostic> Report(string source, string unshipped)
    {
        var analyzers = new AnalyzerFileReference(AnalyzerPath(), new AnalyzerAssemblyLoader()).GetAnalyzers(LanguageNames.CSharp);
        var compilation = CSharpCompilation.Create("Demo", [CSharpSyntaxTree.ParseText(source)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), .. Basic()],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = new AnalyzerOptions([new ApiFile("PublicAPI.Shipped.txt", "#nullable enable"), new ApiFile("PublicAPI.Unshipped.txt", unshipped)]);
        var diagnostics = compilation.WithAnalyzers([.. analyzers], options).GetAnalyzerDiagnosticsAsync().Result;
        return [.. diagnostics.Where(d => d.Id is "RS0016" or "RS0017").OrderBy(d => d.GetMessage())];
    }

    /// <summary>The analyzer the src projects restore: the version of Directory.Packages.props, in the NuGet package folder.</summary>
    private static string AnalyzerPath()
    {
        const string Package = "Microsoft.CodeAnalysis.PublicApiAnalyzers";
        string version = XDocument.Load(RepositoryPaths.Combine("Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => p.Attribute("Include")?.Value == Package).Attribute("Version")!.Value;
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string path = Path.Combine(packages, Package.ToLowerInvariant(), version, "analyzers", "dotnet", Package + ".dll");
        Assert.True(File.Exists(path), $"{Package} {version} is not in {packages}; restoring the solution puts it there.");
        return path;
    }

    private static IEnumerable<MetadataReference> Basic()
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return new[] { "System.Runtime.dll", "netstandard.dll" }.Select(f => MetadataReference.CreateFromFile(Path.Combine(runtime, f)));
    }

    private sealed class ApiFile(string name, string text) : AdditionalText
    {
        public override string Path { get; } = name;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class AnalyzerAssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
