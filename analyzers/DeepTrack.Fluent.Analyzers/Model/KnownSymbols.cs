using DeepTrack.Fluent.Declarations;
using Microsoft.CodeAnalysis;

namespace DeepTrack.Fluent.Analyzers.Model;

/// <summary>The DeepTrack.Fluent types the analyzers look for, resolved once per compilation.</summary>
internal sealed class KnownSymbols
{
    private KnownSymbols(Compilation compilation, INamedTypeSymbol featureAttribute, INamedTypeSymbol feature)
    {
        Compilation = compilation;
        FeatureAttribute = featureAttribute;
        Feature = feature;
        FeaturePropertyAttribute = compilation.GetTypeByMetadataName("DeepTrack.Fluent.Infrastructure.FeaturePropertyAttribute");
        Distribution = compilation.GetTypeByMetadataName("DeepTrack.Fluent.Distribution");
        DistributionOfT = compilation.GetTypeByMetadataName("DeepTrack.Fluent.Distribution`1");
        Length = compilation.GetTypeByMetadataName("DeepTrack.Fluent.Length");
        FeatureContext = compilation.GetTypeByMetadataName("DeepTrack.Fluent.FeatureContext");
        RandomStream = compilation.GetTypeByMetadataName("DeepTrack.Fluent.RandomStream");
        SystemRandom = compilation.GetTypeByMetadataName("System.Random");
        InRangeAttribute = compilation.GetTypeByMetadataName(ValidationCatalogue.MetadataName(ValidationCatalogue.InRangeName));
        MetersAttribute = compilation.GetTypeByMetadataName(ValidationCatalogue.MetadataName(ValidationCatalogue.MetersName));
        LessThanAttribute = compilation.GetTypeByMetadataName(ValidationCatalogue.MetadataName(ValidationCatalogue.LessThanName));
    }

    /// <summary>The compilation the symbols belong to.</summary>
    public Compilation Compilation { get; }

    /// <summary><c>DeepTrack.Fluent.FeatureAttribute</c>.</summary>
    public INamedTypeSymbol FeatureAttribute { get; }

    /// <summary><c>DeepTrack.Fluent.Feature</c>, the root of every pipeline node.</summary>
    public INamedTypeSymbol Feature { get; }

    /// <summary>The attribute the generator puts on the properties it implements.</summary>
    public INamedTypeSymbol? FeaturePropertyAttribute { get; }

    /// <summary>The static class of the library's distributions.</summary>
    public INamedTypeSymbol? Distribution { get; }

    /// <summary><c>Distribution&lt;T&gt;</c>.</summary>
    public INamedTypeSymbol? DistributionOfT { get; }

    /// <summary>The <c>Length</c> unit type.</summary>
    public INamedTypeSymbol? Length { get; }

    /// <summary><c>FeatureContext</c>, which carries the seeded stream inside Compute.</summary>
    public INamedTypeSymbol? FeatureContext { get; }

    /// <summary>The library's seeded random stream.</summary>
    public INamedTypeSymbol? RandomStream { get; }

    /// <summary><c>System.Random</c>.</summary>
    public INamedTypeSymbol? SystemRandom { get; }



    /// <summary><c>[InRange(min, max)]</c>.</summary>
    public INamedTypeSymbol? InRangeAttribute { get; }



    /// <summary><c>[Meters]</c>.</summary>
    public INamedTypeSymbol? MetersAttribute { get; }

    /// <summary><c>[LessThan(nameof(Other))]</c>.</summary>
    public INamedTypeSymbol? LessThanAttribute { get; }

    /// <summary>Resolves the symbols; null when the compilation does not reference DeepTrack.Fluent.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <returns>The symbols, or null.</returns>
    public static KnownSymbols? Create(Compilation compilation)
    {
        var attribute = compilation.GetTypeByMetadataName("DeepTrack.Fluent.FeatureAttribute");
        var feature = compilation.GetTypeByMetadataName("DeepTrack.Fluent.Feature");
        return attribute is null || feature is null ? null : new KnownSymbols(compilation, attribute, feature);
    }

    /// <summary>Whether <paramref name="type"/> carries <c>[Feature]</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for a declared feature.</returns>
    public bool HasFeatureAttribute(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, FeatureAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is <c>Feature</c> or derives from it.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for any pipeline node type.</returns>
    public bool IsFeatureType(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, Feature))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is <c>System.Random</c> or derives from it.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for System.Random.</returns>
    public bool IsSystemRandom(ITypeSymbol? type)
    {
        for (var current = type; current is not null && SystemRandom is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, SystemRandom))
            {
                return true;
            }
        }

        return false;
    }
}
