using System.Collections.Generic;
using System.Linq;
using System.Threading;
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

    public static FeatureModel? Build(GeneratorAttributeSyntaxContext context, CancellationToken token)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || !type.IsRecord || type.IsValueType || !DerivesFromFeature(type))
        {
            return null;
        }

        var containers = new List<ContainingTypeModel>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containers.Insert(0, new ContainingTypeModel(Keyword(outer), outer.ToDisplayString(NameFormat)));
        }

        token.ThrowIfCancellationRequested();
        var properties = type.GetMembers()
            .OfType<IPropertySymbol>()
            .Where(p => p.IsPartialDefinition && p.PartialImplementationPart is null && !p.IsStatic && p.GetMethod is not null && p.SetMethod is not null && !p.IsIndexer)
            .Select(p => ToModel(p, type, token))
            .ToList();

        var inherited = new List<PropertyModel>();
        var names = new HashSet<string>(type.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name));
        for (var baseType = type.BaseType; baseType is not null && IsFeature(baseType); baseType = baseType.BaseType)
        {
            token.ThrowIfCancellationRequested();
            foreach (var property in baseType.GetMembers().OfType<IPropertySymbol>())
            {
                bool isFeatureProperty = (property.IsPartialDefinition || property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == FeaturePropertyAttributeName))
                    && property.DeclaredAccessibility == Accessibility.Public && !property.IsStatic;
                if (isFeatureProperty && names.Add(property.Name))
                {
                    inherited.Add(ToModel(property, baseType, token));
                }
            }
        }

        string ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
        string hint = string.Join(".", new[] { ns }.Concat(containers.Select(c => c.Name)).Concat(new[] { type.ToDisplayString(NameFormat) }).Where(s => s.Length > 0))
            .Replace('<', '{').Replace('>', '}').Replace(" ", string.Empty) + ".g.cs";

        bool declaresEquality = type.GetMembers("Equals").OfType<IMethodSymbol>()
            .Any(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type.OriginalDefinition, type.OriginalDefinition));
        bool declaresPrintMembers = type.GetMembers("PrintMembers").Any(m => !m.IsImplicitlyDeclared);

        return new FeatureModel(
            hint,
            ns,
            new EquatableArray<ContainingTypeModel>(containers),
            type.ToDisplayString(NameFormat),
            type.IsSealed,
            declaresEquality,
            declaresPrintMembers,
            new EquatableArray<PropertyModel>(properties),
            new EquatableArray<PropertyModel>(inherited));
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

    private static PropertyModel ToModel(IPropertySymbol property, INamedTypeSymbol declaringType, CancellationToken token)
    {
        bool hasDefault = property.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax(token))
            .OfType<PropertyDeclarationSyntax>()
            .Any(s => s.Initializer is not null);
        if (!hasDefault)
        {
            var attribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == FeaturePropertyAttributeName);
            hasDefault = attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is true;
        }

        return new PropertyModel(
            property.Name,
            property.Type.ToDisplayString(TypeFormat),
            AccessibilityText(property.DeclaredAccessibility),
            hasDefault,
            property.SetMethod?.IsInitOnly ?? true,
            declaringType.ToDisplayString(TypeFormat),
            new EquatableArray<string>(Checks(property, declaringType)));
    }

    /// <summary>The generated check calls for the validation attributes on a property (numbers and lengths only).</summary>
    private static IEnumerable<string> Checks(IPropertySymbol property, INamedTypeSymbol declaringType)
    {
        const string Checks = "global::DeepTrack.Fluent.Infrastructure.PropertyChecks.";
        var enumType = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : property.Type;
        bool isFlags = enumType.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");
        if (enumType.TypeKind == TypeKind.Enum && !isFlags)
        {
            yield return $"{Checks}Defined(this, \"{property.Name}\", this.{property.Name});";
            yield break;
        }

        bool isLength = property.Type.ToDisplayString() == "DeepTrack.Fluent.Length";
        bool isNumber = property.Type.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Int32
            or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_Byte;
        if (!isLength && !isNumber)
        {
            yield break;
        }

        string call = $"(this, \"{property.Name}\", this.{property.Name}";
        foreach (var attribute in property.GetAttributes())
        {
            switch (attribute.AttributeClass?.ToDisplayString())
            {
                case "DeepTrack.Fluent.PositiveAttribute":
                    yield return $"{Checks}Positive{call});";
                    break;
                case "DeepTrack.Fluent.NonNegativeAttribute":
                    yield return $"{Checks}NonNegative{call});";
                    break;
                case "DeepTrack.Fluent.ProbabilityAttribute" when isNumber:
                    yield return $"{Checks}Probability{call});";
                    break;
                case "DeepTrack.Fluent.WavelengthAttribute":
                    yield return $"{Checks}Wavelength{call});";
                    break;
                case "DeepTrack.Fluent.InRangeAttribute" when attribute.ConstructorArguments.Length == 2:
                    string minimum = Literal(attribute.ConstructorArguments[0].Value);
                    string maximum = Literal(attribute.ConstructorArguments[1].Value);
                    yield return $"{Checks}InRange{call}, {minimum}, {maximum});";
                    break;
                case "DeepTrack.Fluent.LessThanAttribute" when isNumber && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string other:
                    var bound = declaringType.GetMembers(other).OfType<IPropertySymbol>().FirstOrDefault();
                    if (bound is not null && bound.Type.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Int32)
                    {
                        yield return $"{Checks}LessThan{call}, \"{other}\", this.{other});";
                    }

                    break;
            }
        }
    }

    private static string Literal(object? value)
        => value is double d ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "double.NaN";

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
