using Microsoft.CodeAnalysis;

namespace DeepTrack.Fluent.Generators;

/// <summary>
/// The diagnostics the generator itself reports: only what stops it from generating a feature. Everything
/// about how a feature is declared is reported by the analyzers (DTF0001 to DTF0899).
/// </summary>
internal static class GeneratorDiagnostics
{
    /// <summary>DTF0900: generating one feature failed; the others are generated.</summary>
    public static readonly DiagnosticDescriptor GenerationFailed = new(
        id: "DTF0900",
        title: "Feature generation failed",
        messageFormat: "The generated code of feature '{0}' could not be written ({1}); the other features are generated. Please report this with the feature's declaration.",
        category: "DeepTrack.Fluent.Generator",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The feature generator met a declaration it could not handle. The feature's properties stay unimplemented (CS9248), every other feature keeps its generated code.",
        helpLinkUri: "https://github.com/deeptrack-fluent/deeptrack-fluent/blob/main/docs/diagnostics/DTF0900.md");
}
