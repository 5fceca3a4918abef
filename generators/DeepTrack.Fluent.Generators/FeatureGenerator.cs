using System.Linq;
using DeepTrack.Fluent.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeepTrack.Fluent.Generators;

/// <summary>
/// Implements the partial properties of every <c>[Feature]</c> partial record and adds its fluent
/// <c>With…</c> setters, property resolution, reference-identity equality and a short printout.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FeatureGenerator : IIncrementalGenerator
{
    /// <summary>The metadata name of the attribute that marks features.</summary>
    public const string FeatureAttributeName = "DeepTrack.Fluent.FeatureAttribute";

    /// <summary>The name used in <c>[GeneratedCode]</c>.</summary>
    public const string ToolName = "DeepTrack.Fluent.Generators";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var features = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                FeatureAttributeName,
                predicate: static (node, _) => node is RecordDeclarationSyntax record
                    && !record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword)
                    && record.Modifiers.Any(SyntaxKind.PartialKeyword),
                transform: static (context, token) => FeatureModelBuilder.Build(context, token))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.Models);

        context.RegisterSourceOutput(features, static (output, model) =>
            output.AddSource(model.HintName, FeatureEmitter.Emit(model)));
    }
}
