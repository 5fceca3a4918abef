using System.Collections.Immutable;
using DeepTrack.Fluent.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace DeepTrack.Fluent.Analyzers.Tests.Verifiers;

/// <summary>What every analyzer and code-fix test compiles against: the running .NET's assemblies, the runtime library, C# preview, the feature generator.</summary>
internal static class TestSetup
{
    /// <summary>No reference-assembly package is downloaded: the references are the running runtime's own assemblies.</summary>
    public static ReferenceAssemblies ReferenceAssemblies { get; } = new("net10.0");

    /// <summary>The runtime's assemblies and DeepTrack.Fluent.</summary>
    public static ImmutableArray<MetadataReference> References { get; } = CreateReferences();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

    public static Type[] Generators { get; } = [typeof(FeatureGenerator)];

    /// <summary>Applies the shared settings to a test.</summary>
    public static void Configure(SolutionState state)
    {
        state.AdditionalReferences.AddRange(References);
    }

    private static ImmutableArray<MetadataReference> CreateReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. platform
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal) && Path.GetDirectoryName(p) == Path.GetDirectoryName(typeof(object).Assembly.Location))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(Feature).Assembly.Location)];
    }
}
