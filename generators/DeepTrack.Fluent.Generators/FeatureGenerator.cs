using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent.Generators.Helpers;
using DeepTrack.Fluent.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeepTrack.Fluent.Generators;

/// <summary>
/// Implements the partial properties of every <c>[Feature]</c> partial record and adds its fluent
/// <c>With…</c> setters, property resolution, reference-identity equality and a short printout.
/// A failure while generating one feature is reported on that feature (DTF0900) and costs no other
/// feature its code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FeatureGenerator : IIncrementalGenerator
{
    /// <summary>The metadata name of the attribute that marks features.</summary>
    public const string FeatureAttributeName = "DeepTrack.Fluent.FeatureAttribute";

    private readonly Func<FeatureModel, string> emit;

    /// <summary>Creates the generator.</summary>
    public FeatureGenerator()
        : this(FeatureEmitter.Emit)
    {
    }

    /// <summary>Creates the generator with another emitter (tests use one that fails for chosen features).</summary>
    /// <param name="emit">Writes the generated part of one feature.</param>
    internal FeatureGenerator(Func<FeatureModel, string> emit) => this.emit = emit;

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

        // Hint names are compared ignoring case: features whose names differ only in case (Ring, ring) get
        // a hash of their exact name. Only the set of such names is shared, so other features stay cached.
        var ambiguous = features
            .Select(static (model, _) => model.HintName.ToUpperInvariant())
            .Collect()
            .Select(static (hints, _) => new EquatableArray<string>(hints.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).OrderBy(h => h, StringComparer.Ordinal)));

        var emit = this.emit;
        context.RegisterSourceOutput(features.Combine(ambiguous), (output, pair) =>
        {
            var (model, collisions) = pair;
            string hint = collisions.Contains(model.HintName.ToUpperInvariant())
                ? model.HintName + "." + FeatureModelBuilder.Hash(model.FullName)
                : model.HintName;
            string? failure = model.Failure;
            if (failure is null)
            {
                try
                {
                    output.AddSource(hint + ".g.cs", emit(model));
                    return;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    failure = $"{exception.GetType().Name}: {exception.Message}";
                }
            }

            output.ReportDiagnostic(Diagnostic.Create(GeneratorDiagnostics.GenerationFailed, model.Location?.ToLocation() ?? Location.None, model.FullName, failure));
        });
    }
}
