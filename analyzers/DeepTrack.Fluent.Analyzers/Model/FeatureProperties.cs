using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeepTrack.Fluent.Analyzers.Model;

/// <summary>Finds the pipeline properties of feature types and the property a <c>With…</c> setter sets.</summary>
internal static class FeatureProperties
{
    /// <summary>The prefix of every generated setter.</summary>
    public const string SetterPrefix = "With";

    /// <summary>Whether <paramref name="property"/> is implemented by the feature generator (declared partial on a feature, or marked as such in metadata).</summary>
    /// <param name="property">The property.</param>
    /// <param name="symbols">The known symbols.</param>
    /// <returns>True for a pipeline property.</returns>
    public static bool IsFeatureProperty(IPropertySymbol property, KnownSymbols symbols)
    {
        if (property.IsStatic || property.IsIndexer)
        {
            return false;
        }

        if (HasFeaturePropertyAttribute(property, symbols, out _) || (property.PartialImplementationPart is { } implementation && HasFeaturePropertyAttribute(implementation, symbols, out _)))
        {
            return true;
        }

        return property.IsPartialDefinition && property.ContainingType is { } type && symbols.HasFeatureAttribute(type);
    }

    /// <summary>Whether a feature property is declared with a default value.</summary>
    /// <param name="property">The property.</param>
    /// <param name="symbols">The known symbols.</param>
    /// <param name="token">Cancellation.</param>
    /// <returns>True when the declaration gives a default.</returns>
    public static bool HasDefault(IPropertySymbol property, KnownSymbols symbols, CancellationToken token)
    {
        if (Initializer(property, token) is not null)
        {
            return true;
        }

        foreach (var part in new[] { property, property.PartialImplementationPart })
        {
            if (part is not null && HasFeaturePropertyAttribute(part, symbols, out bool hasDefault) && hasDefault)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The initializer of a property declared in source, if any.</summary>
    /// <param name="property">The property.</param>
    /// <param name="token">Cancellation.</param>
    /// <returns>The initializer's value syntax, or null.</returns>
    public static ExpressionSyntax? Initializer(IPropertySymbol property, CancellationToken token)
    {
        foreach (var part in new[] { property, property.PartialImplementationPart, property.PartialDefinitionPart })
        {
            if (part is null)
            {
                continue;
            }

            foreach (var reference in part.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(token) is PropertyDeclarationSyntax { Initializer: { } initializer })
                {
                    return initializer.Value;
                }
            }
        }

        return null;
    }

    /// <summary>Finds the feature property <paramref name="name"/> on <paramref name="type"/> or its base types.</summary>
    /// <param name="type">The feature type.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="symbols">The known symbols.</param>
    /// <returns>The property, or null.</returns>
    public static IPropertySymbol? Find(ITypeSymbol? type, string name, KnownSymbols symbols)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol property && IsFeatureProperty(property, symbols))
                {
                    return property;
                }
            }
        }

        return null;
    }

    /// <summary>Every feature property of <paramref name="type"/> and its base types (a redeclared name counts once).</summary>
    /// <param name="type">The feature type.</param>
    /// <param name="symbols">The known symbols.</param>
    /// <returns>The properties, most derived first.</returns>
    public static List<IPropertySymbol> All(ITypeSymbol type, KnownSymbols symbols)
    {
        var names = new HashSet<string>();
        var result = new List<IPropertySymbol>();
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol property && IsFeatureProperty(property, symbols) && names.Add(property.Name))
                {
                    result.Add(property);
                }
            }
        }

        return result;
    }

    /// <summary>The property that a generated <c>With…</c> setter sets, or null when <paramref name="method"/> is not one.</summary>
    /// <param name="method">The method called.</param>
    /// <param name="symbols">The known symbols.</param>
    /// <returns>The property, or null.</returns>
    public static IPropertySymbol? SetBy(IMethodSymbol method, KnownSymbols symbols)
    {
        if (method.IsStatic || method.IsExtensionMethod || method.Name.Length <= SetterPrefix.Length || !method.Name.StartsWith(SetterPrefix, System.StringComparison.Ordinal))
        {
            return null;
        }

        return symbols.IsFeatureType(method.ContainingType) ? Find(method.ContainingType, method.Name.Substring(SetterPrefix.Length), symbols) : null;
    }

    private static bool HasFeaturePropertyAttribute(IPropertySymbol property, KnownSymbols symbols, out bool hasDefault)
    {
        hasDefault = false;
        if (symbols.FeaturePropertyAttribute is null)
        {
            return false;
        }

        foreach (var attribute in property.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.FeaturePropertyAttribute))
            {
                hasDefault = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is true;
                return true;
            }
        }

        return false;
    }
}
