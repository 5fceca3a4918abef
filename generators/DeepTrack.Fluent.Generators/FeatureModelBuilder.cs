using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using DeepTrack.Fluent.Declarations;
using DeepTrack.Fluent.Generators.Helpers;
using DeepTrack.Fluent.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeepTrack.Fluent.Generators;

/// <summary>Turns a feature declaration into a <see cref="FeatureModel"/> (no symbols or syntax kept).</summary>
internal static class FeatureModelBuilder
{
    private const string FeaturePropertyAttributeName = "DeepTrack.Fluent.Infrastructure.FeaturePropertyAttribute";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat NameFormat = new(
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static readonly SymbolDisplayFormat NamespaceFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static readonly SymbolDisplayFormat PlainNameFormat = new(
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

    /// <summary>Builds the model; a failure becomes a model that carries it, so that it is reported and costs no other feature its code.</summary>
    /// <param name="context">The attributed declaration.</param>
    /// <param name="token">Cancellation.</param>
    /// <returns>The model, or null when there is nothing to generate for this declaration.</returns>
    public static FeatureModel? Build(GeneratorAttributeSyntaxContext context, CancellationToken token)
    {
        try
        {
            return BuildModel(context, token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            string name = context.TargetSymbol.ToDisplayString();
            return new FeatureModel(
                Sanitize(name), name, string.Empty, EquatableArray<ContainingTypeModel>.Empty, context.TargetSymbol.Name, EquatableArray<string>.Empty,
                false, false, false, EquatableArray<PropertyModel>.Empty, EquatableArray<PropertyModel>.Empty, EquatableArray<ChildPropertyModel>.Empty, string.Empty,
                context.TargetSymbol.Locations.Select(LocationInfo.From).FirstOrDefault(l => l is not null),
                $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private static FeatureModel? BuildModel(GeneratorAttributeSyntaxContext context, CancellationToken token)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || !type.IsRecord || type.IsValueType || !DerivesFromFeature(type)
            || FeatureDeclarationRules.UnsupportedType(type) is not null || !IsFirstAttributedPart(context, type, token))
        {
            return null;
        }

        var containers = new List<ContainingTypeModel>();
        var typeParameters = new List<string>(type.TypeParameters.Select(t => t.Name));
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containers.Insert(0, new ContainingTypeModel(Keyword(outer), outer.ToDisplayString(NameFormat)));
            typeParameters.AddRange(outer.TypeParameters.Select(t => t.Name));
        }

        token.ThrowIfCancellationRequested();
        var taken = FeatureDeclarationRules.DeclaredMemberNames(type);
        var properties = type.GetMembers()
            .OfType<IPropertySymbol>()
            .Where(p => FeatureDeclarationRules.IsImplemented(p, token))
            .Select(p => ToModel(p, type, type, taken, token))
            .ToList();

        var inherited = new List<PropertyModel>();
        var names = new HashSet<string>(type.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name));
        for (var baseType = type.BaseType; baseType is not null && IsFeature(baseType); baseType = baseType.BaseType)
        {
            token.ThrowIfCancellationRequested();
            foreach (var property in baseType.GetMembers().OfType<IPropertySymbol>())
            {
                bool isFeatureProperty = (FeatureDeclarationRules.IsImplemented(property, token) || property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == FeaturePropertyAttributeName))
                    && property.DeclaredAccessibility == Accessibility.Public && !property.IsStatic;
                if (isFeatureProperty && names.Add(property.Name))
                {
                    inherited.Add(ToModel(property, baseType, type, taken, token));
                }
            }
        }

        string ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(NamespaceFormat);
        string plainNamespace = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
        string plain = string.Join(".", new[] { plainNamespace }.Concat(AllContainers(type).Select(c => c.ToDisplayString(PlainNameFormat))).Concat(new[] { type.ToDisplayString(PlainNameFormat) }).Where(s => s.Length > 0));

        bool declaresEquality = type.GetMembers("Equals").OfType<IMethodSymbol>()
            .Any(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type.OriginalDefinition, type.OriginalDefinition));
        bool declaresPrintMembers = type.GetMembers("PrintMembers").Any(m => !m.IsImplicitlyDeclared);

        return new FeatureModel(
            Sanitize(plain),
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            ns,
            new EquatableArray<ContainingTypeModel>(containers),
            type.ToDisplayString(NameFormat),
            new EquatableArray<string>(typeParameters),
            type.IsSealed,
            declaresEquality,
            declaresPrintMembers,
            new EquatableArray<PropertyModel>(properties),
            new EquatableArray<PropertyModel>(inherited),
            new EquatableArray<ChildPropertyModel>(ChildProperties(type, token)),
            FeatureDeclarationRules.PrivateMemberName(string.Empty, "WithRule", taken),
            LocationInfo.From(context.TargetNode is TypeDeclarationSyntax declaration ? declaration.Identifier.GetLocation() : context.TargetNode.GetLocation()),
            null);
    }

    /// <summary>A hint name of letters, digits and dots only; whatever else the name held is replaced and a hash of the name keeps it unique.</summary>
    /// <param name="name">The dotted name.</param>
    /// <returns>The hint name without extension.</returns>
    public static string Sanitize(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            text.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' ? c
                : c == '<' ? '{' : c == '>' ? '}' : c == ',' ? ',' : c == ' ' ? '\0' : '_');
        }

        string sanitized = text.ToString().Replace("\0", string.Empty);
        return sanitized == name.Replace('<', '{').Replace('>', '}').Replace(" ", string.Empty) ? sanitized : sanitized + "." + Hash(name);
    }

    /// <summary>A stable 32-bit FNV-1a hash in hexadecimal (the same in every process, unlike string.GetHashCode).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Eight hexadecimal digits.</returns>
    public static string Hash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    private static IEnumerable<INamedTypeSymbol> AllContainers(INamedTypeSymbol type)
    {
        var containers = new List<INamedTypeSymbol>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containers.Insert(0, outer);
        }

        return containers;
    }

    /// <summary>[Feature] may stand on several parts of one partial record: only the first such part generates.</summary>
    private static bool IsFirstAttributedPart(GeneratorAttributeSyntaxContext context, INamedTypeSymbol type, CancellationToken token)
    {
        if (type.DeclaringSyntaxReferences.Length < 2)
        {
            return true;
        }

        var compilation = context.SemanticModel.Compilation;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(token) is not TypeDeclarationSyntax part)
            {
                continue;
            }

            var model = part.SyntaxTree == context.SemanticModel.SyntaxTree ? context.SemanticModel : compilation.GetSemanticModel(part.SyntaxTree);
            bool attributed = part.AttributeLists.SelectMany(l => l.Attributes)
                .Any(a => model.GetTypeInfo(a, token).Type?.ToDisplayString() == FeatureGenerator.FeatureAttributeName);
            if (attributed)
            {
                return part == context.TargetNode;
            }
        }

        return true;
    }

    /// <summary>Public settable non-partial properties whose type is a feature, declared here or on a base feature, without a setter the user wrote.</summary>
    private static List<ChildPropertyModel> ChildProperties(INamedTypeSymbol type, CancellationToken token)
    {
        var children = new List<ChildPropertyModel>();
        var seen = new HashSet<string>();
        for (var current = type; current is not null && (current.Equals(type, SymbolEqualityComparer.Default) || IsFeature(current)); current = current.BaseType)
        {
            token.ThrowIfCancellationRequested();
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (!seen.Add(property.Name) || property.IsPartialDefinition || property.IsStatic || property.IsIndexer
                    || property.DeclaredAccessibility != Accessibility.Public || property.SetMethod is not { DeclaredAccessibility: Accessibility.Public }
                    || property.Type is not INamedTypeSymbol named || !(named.ToDisplayString() == "DeepTrack.Fluent.Feature" || DerivesFromFeature(named)) || FeatureDeclarationRules.ContainsErrorType(property.Type)
                    || FeatureDeclarationRules.DeclaredSetters(type, property).Any(s => s.Shape == 0))
                {
                    continue;
                }

                children.Add(new ChildPropertyModel(
                    property.Name,
                    FeatureDeclarationRules.Identifier(property.Name),
                    property.Type.ToDisplayString(TypeFormat),
                    current.ToDisplayString(TypeFormat),
                    !current.Equals(type, SymbolEqualityComparer.Default)));
            }
        }

        return children;
    }

    private static bool DerivesFromFeature(INamedTypeSymbol type)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (baseType.ToDisplayString() == "DeepTrack.Fluent.Feature")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFeature(INamedTypeSymbol type)
        => type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == FeatureGenerator.FeatureAttributeName);

    private static PropertyModel ToModel(IPropertySymbol property, INamedTypeSymbol declaringType, INamedTypeSymbol feature, HashSet<string> taken, CancellationToken token)
    {
        var declarations = property.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax(token))
            .OfType<PropertyDeclarationSyntax>()
            .ToList();
        bool hasDefault = declarations.Any(s => s.Initializer is not null);
        if (!hasDefault)
        {
            var attribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == FeaturePropertyAttributeName);
            hasDefault = attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is true;
        }

        string modifiers = (property.IsRequired ? "required " : string.Empty) + (property.IsVirtual ? "virtual " : string.Empty);
        int declared = 0;
        foreach (var (_, shape) in FeatureDeclarationRules.DeclaredSetters(feature, property))
        {
            declared |= 1 << shape;
        }

        string rule = FeatureDeclarationRules.PrivateMemberName(property.Name, "Rule", taken);
        string state = FeatureDeclarationRules.PrivateMemberName(property.Name, "State", taken);
        string assigned = FeatureDeclarationRules.PrivateMemberName(property.Name, "Assigned", taken);
        return new PropertyModel(
            property.Name,
            FeatureDeclarationRules.Identifier(property.Name),
            property.Type.ToDisplayString(TypeFormat),
            AccessibilityText(property.DeclaredAccessibility),
            modifiers,
            AccessorAccessibility(property.GetMethod, property.DeclaredAccessibility),
            AccessorAccessibility(property.SetMethod, property.DeclaredAccessibility),
            hasDefault,
            property.SetMethod?.IsInitOnly ?? true,
            declaringType.ToDisplayString(TypeFormat),
            rule,
            state,
            assigned,
            declared,
            new EquatableArray<string>(ValidationChecks.For(property, declaringType)));
    }

    private static string AccessorAccessibility(IMethodSymbol? accessor, Accessibility property)
        => accessor is null || accessor.DeclaredAccessibility == property ? string.Empty : AccessibilityText(accessor.DeclaredAccessibility) + " ";

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, IsValueType: true } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Interface } => "interface",
        { IsValueType: true } => "struct",
        _ => "class",
    };

    private static string AccessibilityText(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Internal => "internal",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "private",
    };
}
