using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DeepTrack.Fluent.Analyzers.Diagnostics;
using DeepTrack.Fluent.Analyzers.Model;
using DeepTrack.Fluent.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DeepTrack.Fluent.Analyzers;

/// <summary>
/// Checks how features are declared: a partial record class deriving from Feature, with partial
/// <c>{ get; init; }</c> properties of a supported kind (DTF0001 to DTF0006, DTF0015, DTF0016).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FeatureDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.FeatureTypeNotPartial,
        DiagnosticDescriptors.FeatureTypeNotRecord,
        DiagnosticDescriptors.FeatureTypeNotDerivedFromFeature,
        DiagnosticDescriptors.FeaturePropertyNotPartial,
        DiagnosticDescriptors.FeaturePropertyMissingAccessor,
        DiagnosticDescriptors.UnsupportedFeatureProperty,
        DiagnosticDescriptors.FeatureTypeNotGenerated,
        DiagnosticDescriptors.SetterDeclaredByUser);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownSymbols.Create(start.Compilation) is { } symbols)
            {
                start.RegisterSymbolAction(symbol => Analyze(symbol, symbols), SymbolKind.NamedType);
            }
        });
    }

    private static void Analyze(SymbolAnalysisContext context, KnownSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!symbols.HasFeatureAttribute(type) || Identifier(type, context) is not { } identifier)
        {
            return;
        }

        string name = type.Name;
        if (type.TypeKind != TypeKind.Class || !type.IsRecord)
        {
            string kind = type.TypeKind == TypeKind.Struct ? (type.IsRecord ? "record struct" : "struct") : type.TypeKind.ToString().ToLowerInvariant();
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FeatureTypeNotRecord, identifier.GetLocation(), name, kind));
            return;
        }

        if (FeatureDeclarationRules.UnsupportedType(type) is { } reason)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FeatureTypeNotGenerated, identifier.GetLocation(), name, reason));
            return;
        }

        if (!symbols.IsFeatureType(type.BaseType))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FeatureTypeNotDerivedFromFeature, identifier.GetLocation(), name));
        }

        var notPartial = new List<string>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!IsPartial(current, context))
            {
                notPartial.Insert(0, "'" + current.Name + "'");
            }
        }

        if (notPartial.Count > 0)
        {
            string types = notPartial.Count == 1 ? notPartial[0] : string.Join(", ", notPartial.Take(notPartial.Count - 1)) + " and " + notPartial[notPartial.Count - 1];
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FeatureTypeNotPartial, identifier.GetLocation(), name, types));
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol property && !property.IsImplicitlyDeclared)
            {
                AnalyzeProperty(context, type, property);
            }
        }
    }

    /// <summary>A property holding another feature is a structural child (like a chain's sides), not a pipeline property.</summary>
    private static bool IsChildFeature(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == "DeepTrack.Fluent.Feature")
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeProperty(SymbolAnalysisContext context, INamedTypeSymbol type, IPropertySymbol property)
    {
        var declaration = property.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax(context.CancellationToken))
            .OfType<BasePropertyDeclarationSyntax>()
            .FirstOrDefault();
        if (declaration is null || property.PartialDefinitionPart is not null)
        {
            return;
        }

        var location = declaration is PropertyDeclarationSyntax named ? named.Identifier.GetLocation()
            : declaration is IndexerDeclarationSyntax indexer ? indexer.ThisKeyword.GetLocation()
            : declaration.GetLocation();
        if (!property.IsPartialDefinition)
        {
            if (IsPlainSettableAutoProperty(property, declaration) && !IsChildFeature(property.Type))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FeaturePropertyNotPartial, location, type.Name, property.Name));
            }

            return;
        }

        string? unsupported = FeatureDeclarationRules.UnsupportedProperty(property, context.CancellationToken);
        if (unsupported is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsupportedFeatureProperty, location, type.Name, property.Name, unsupported));
            return;
        }

        string? missing = property.GetMethod is null ? "get" : property.SetMethod is null ? "init" : null;
        if (missing is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FeaturePropertyMissingAccessor, location, type.Name, property.Name, missing));
            return;
        }

        ReportDeclaredSetters(context, type, property);
    }

    /// <summary>DTF0016: a user method with the signature of a generated setter takes its place.</summary>
    private static void ReportDeclaredSetters(SymbolAnalysisContext context, INamedTypeSymbol type, IPropertySymbol property)
    {
        foreach (var (method, _) in FeatureDeclarationRules.DeclaredSetters(type, property))
        {
            if (method.Locations.FirstOrDefault(l => l.IsInSource) is { } location)
            {
                string signature = method.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.WithMemberOptions(SymbolDisplayMemberOptions.IncludeParameters));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SetterDeclaredByUser, location, type.Name, property.Name, signature));
            }
        }
    }

    private static bool IsPlainSettableAutoProperty(IPropertySymbol property, BasePropertyDeclarationSyntax declaration)
        => !property.IsStatic
            && !property.IsIndexer
            && !property.IsOverride
            && property.DeclaredAccessibility == Accessibility.Public
            && property.GetMethod is not null
            && property.SetMethod is not null
            && declaration.AccessorList is { } accessors
            && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);

    private static bool IsPartial(INamedTypeSymbol type, SymbolAnalysisContext context)
        => type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static SyntaxToken? Identifier(INamedTypeSymbol type, SymbolAnalysisContext context)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is BaseTypeDeclarationSyntax declaration)
            {
                return declaration.Identifier;
            }
        }

        return null;
    }
}
