using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent.Declarations;
using Microsoft.CodeAnalysis;

namespace DeepTrack.Fluent.Generators;

/// <summary>
/// The generated check calls for a property's validation attributes, one per attribute of the validation catalogue
/// (<see cref="ValidationCatalogue"/>), each a call of the runtime check of the attribute's name. Every combination the analyzer accepts
/// (numbers of any kind, <c>Length</c>, and their nullable forms; a null value passes) is checked here; the
/// analyzer reports the others (DTF0007), so no attribute is silently ignored.
/// </summary>
internal static class ValidationChecks
{
    private const string Checks = "global::DeepTrack.Fluent.Infrastructure.PropertyChecks.";

    /// <summary>The check calls for <paramref name="property"/>.</summary>
    /// <param name="property">The property.</param>
    /// <param name="declaringType">Its declaring type.</param>
    /// <returns>One statement per checked attribute.</returns>
    public static IEnumerable<string> For(IPropertySymbol property, INamedTypeSymbol declaringType)
    {
        // Every enum-typed property: the value must be a named member ([Flags] enums combine members freely).
        var underlying = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : property.Type;
        if (underlying.TypeKind == TypeKind.Enum && !underlying.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute"))
        {
            yield return $"{Checks}Defined(this, \"{property.Name}\", this.{FeatureDeclarationRules.Identifier(property.Name)});";
            yield break;
        }

        var kind = KindOf(property.Type);
        if (kind == ValueKind.None)
        {
            yield break;
        }

        string value = Read(property.Name, kind);
        string call = $"(this, \"{property.Name}\", {value}";
        bool isNumber = kind is ValueKind.Number or ValueKind.NullableNumber or ValueKind.Decimal or ValueKind.NullableDecimal;
        foreach (var attribute in property.GetAttributes())
        {
            string? name = attribute.AttributeClass?.ToDisplayString();
            if (ValidationCatalogue.FixedRule(name) is { } rule)
            {
                // The runtime check of the same name applies the catalogue's bounds and wording.
                if (isNumber || rule.AppliesToLength)
                {
                    yield return $"{Checks}{rule.Name}{call});";
                }
            }
            else if (name == ValidationCatalogue.MetadataName(ValidationCatalogue.InRangeName) && attribute.ConstructorArguments.Length == 2)
            {
                yield return $"{Checks}{ValidationCatalogue.InRangeName}{call}, {Literal(attribute.ConstructorArguments[0].Value)}, {Literal(attribute.ConstructorArguments[1].Value)});";
            }
            else if (name == ValidationCatalogue.MetadataName(ValidationCatalogue.LessThanName) && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string other)
            {
                var bound = FindProperty(declaringType, other);
                var boundKind = bound is null ? ValueKind.None : KindOf(bound.Type);
                if (boundKind != ValueKind.None && IsLength(boundKind) == IsLength(kind))
                {
                    yield return $"{Checks}{ValidationCatalogue.LessThanName}{call}, \"{other}\", {Read(other, boundKind)});";
                }
            }
        }
    }

    /// <summary>Finds a property by name on the type or its base types.</summary>
    /// <param name="type">The type.</param>
    /// <param name="name">The name.</param>
    /// <returns>The property, or null.</returns>
    public static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool IsLength(ValueKind kind) => kind is ValueKind.Length or ValueKind.NullableLength;

    private static string Read(string name, ValueKind kind)
    {
        string member = "this." + FeatureDeclarationRules.Identifier(name);
        return kind switch
        {
            ValueKind.Decimal => $"(double){member}",
            ValueKind.NullableNumber or ValueKind.NullableDecimal => $"(double?){member}",
            _ => member,
        };
    }

    private static ValueKind KindOf(ITypeSymbol type)
    {
        bool nullable = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapped)
        {
            type = wrapped.TypeArguments[0];
            nullable = true;
        }

        if (type.SpecialType == SpecialType.System_Decimal)
        {
            return nullable ? ValueKind.NullableDecimal : ValueKind.Decimal;
        }

        if (type.SpecialType is >= SpecialType.System_SByte and <= SpecialType.System_Double)
        {
            return nullable ? ValueKind.NullableNumber : ValueKind.Number;
        }

        if (type.ToDisplayString() == "DeepTrack.Fluent.Length")
        {
            return nullable ? ValueKind.NullableLength : ValueKind.Length;
        }

        return ValueKind.None;
    }

    private static string Literal(object? value) => value switch
    {
        double d when double.IsPositiveInfinity(d) => "double.PositiveInfinity",
        double d when double.IsNegativeInfinity(d) => "double.NegativeInfinity",
        double d when !double.IsNaN(d) => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => "double.NaN",
    };

    private enum ValueKind
    {
        None,
        Number,
        NullableNumber,
        Decimal,
        NullableDecimal,
        Length,
        NullableLength,
    }
}
