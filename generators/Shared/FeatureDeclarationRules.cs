using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeepTrack.Fluent.Declarations;

/// <summary>
/// What the feature generator can implement, written once and compiled into both the generator (which
/// leaves out what it cannot implement) and the analyzers (which report it on the user's declaration).
/// </summary>
internal static class FeatureDeclarationRules
{
    /// <summary>The number of <c>With…</c> setter shapes generated per property (see <see cref="DeclaredSetters"/>).</summary>
    public const int SetterShapeCount = 9;

    /// <summary>
    /// The folder, relative to the compiler's generated-files folder, of every file the feature generator adds: the
    /// compiler names an added file generator assembly / generator type / hint name.
    /// </summary>
    private const string GeneratedFolder = "DeepTrack.Fluent.Generators/DeepTrack.Fluent.Generators.FeatureGenerator/";

    /// <summary>Why a feature type cannot be generated at all, or null when it can.</summary>
    /// <param name="type">The feature type.</param>
    /// <returns>The reason, phrased to follow "because".</returns>
    public static string? UnsupportedType(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                return current.Equals(type, SymbolEqualityComparer.Default)
                    ? $"'{type.Name}' is a file-local type, and generated code lives in another file: remove 'file'"
                    : $"it is nested in the file-local type '{current.Name}', and generated code lives in another file: remove 'file'";
            }
        }

        return null;
    }

    /// <summary>Whether the generator implements <paramref name="property"/> (a partial definition with get and set/init and no reason against it).</summary>
    /// <param name="property">A property of a feature type.</param>
    /// <param name="token">Cancellation.</param>
    /// <returns>True when the property gets generated code.</returns>
    public static bool IsImplemented(IPropertySymbol property, System.Threading.CancellationToken token)
        => property.IsPartialDefinition
            && property.PartialImplementationPart is null
            && property.GetMethod is not null
            && property.SetMethod is not null
            && !ContainsErrorType(property.Type)
            && UnsupportedProperty(property, token) is null;

    /// <summary>Why a partial property cannot be a feature property, or null when it can.</summary>
    /// <param name="property">The partial property definition.</param>
    /// <param name="token">Cancellation.</param>
    /// <returns>The reason, phrased to follow "cannot be a feature property:".</returns>
    public static string? UnsupportedProperty(IPropertySymbol property, System.Threading.CancellationToken token)
    {
        string type = property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        if (property.IsStatic)
        {
            return "it is static";
        }

        if (property.IsIndexer)
        {
            return "it is an indexer";
        }

        if (property.ReturnsByRef || property.ReturnsByRefReadonly)
        {
            return "it returns by reference";
        }

        if (property.Type.IsRefLikeType)
        {
            return $"its type '{type}' is a ref struct";
        }

        if (property.Type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer)
        {
            return $"its type '{type}' is a pointer";
        }

        if (property.Type.TypeKind == TypeKind.Dynamic)
        {
            return "its type is 'dynamic', which the generated setters cannot pass on: declare it 'object'";
        }

        if (property.IsOverride)
        {
            return "it overrides an inherited property: declare the property once, in the base feature";
        }

        if (property.IsSealed)
        {
            return "it is sealed";
        }

        var modifiers = property.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax(token))
            .OfType<PropertyDeclarationSyntax>()
            .SelectMany(p => p.Modifiers)
            .ToList();
        if (modifiers.Any(m => m.IsKind(SyntaxKind.NewKeyword)))
        {
            return "it hides an inherited member ('new'): give it another name";
        }

        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == "System.ObsoleteAttribute"
                && attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[1].Value is true)
            {
                return "it is [Obsolete] as an error, so no code can read it: remove the property or the error flag";
            }
        }

        return null;
    }

    /// <summary>Whether a type mentions a type the compiler could not find (the user sees that error on the declaration already).</summary>
    /// <param name="type">The type.</param>
    /// <returns>True when some part is an error type.</returns>
    public static bool ContainsErrorType(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol => true,
        IArrayTypeSymbol array => ContainsErrorType(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsErrorType),
        _ => false,
    };

    /// <summary>
    /// The user-declared methods of <paramref name="type"/> that take the place of a generated setter of
    /// <paramref name="property"/>, with the index of the setter shape each replaces: 0 <c>(T)</c>,
    /// 1 <c>(Distribution&lt;T&gt;)</c>, 2 <c>(Func&lt;T&gt;)</c>, 3 <c>(Func&lt;TSelf, T&gt;)</c>,
    /// 4 <c>(T, step)</c>, 5 <c>(Distribution&lt;T&gt;, step)</c>, 6 <c>&lt;A&gt;(A, rule)</c>, 7 <c>&lt;A, B&gt;(A, B, rule)</c>,
    /// 8 <c>(PropertyRule&lt;T&gt;)</c>.
    /// </summary>
    /// <param name="type">The feature type that gets the setters.</param>
    /// <param name="property">The property set.</param>
    /// <returns>Each clashing method with its shape.</returns>
    public static IEnumerable<(IMethodSymbol Method, int Shape)> DeclaredSetters(INamedTypeSymbol type, IPropertySymbol property)
    {
        foreach (var method in type.GetMembers("With" + property.Name).OfType<IMethodSymbol>())
        {
            if (method.IsImplicitlyDeclared || method.IsStatic || IsGenerated(method))
            {
                continue;
            }

            int shape = Shape(method, property.Type, type);
            if (shape >= 0)
            {
                yield return (method, shape);
            }
        }
    }

    /// <summary>The names of members a user declared on the type (generated ones excluded).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The names.</returns>
    public static HashSet<string> DeclaredMemberNames(INamedTypeSymbol type)
        => new(type.GetMembers().Where(m => !m.IsImplicitlyDeclared && !IsGenerated(m)).Select(m => m.Name));

    /// <summary>The name of a generated private member for a property, made unique against the user's members.</summary>
    /// <param name="property">The property name.</param>
    /// <param name="suffix">What the member holds, e.g. "Rule".</param>
    /// <param name="taken">Member names already declared.</param>
    /// <returns>The free name.</returns>
    public static string PrivateMemberName(string property, string suffix, ICollection<string> taken)
    {
        string name = "__" + property + suffix;
        while (taken.Contains(name))
        {
            name = "_" + name;
        }

        return name;
    }

    /// <summary>An identifier as it must be written in source: keywords get an '@'.</summary>
    /// <param name="name">The identifier's value.</param>
    /// <returns>The identifier text.</returns>
    public static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private static int Shape(IMethodSymbol method, ITypeSymbol propertyType, INamedTypeSymbol self)
    {
        var parameters = method.Parameters;
        if (method.TypeParameters.Length == 1 && parameters.Length == 2)
        {
            return 6;
        }

        if (method.TypeParameters.Length == 2 && parameters.Length == 3)
        {
            return 7;
        }

        if (method.TypeParameters.Length != 0)
        {
            return -1;
        }

        if (parameters.Length == 1)
        {
            var p = parameters[0].Type;
            return Same(p, propertyType) ? 0
                : IsGeneric(p, "DeepTrack.Fluent.Distribution<T>", propertyType) ? 1
                : IsGeneric(p, "System.Func<TResult>", propertyType) ? 2
                : IsGeneric(p, "System.Func<T, TResult>", self, propertyType) ? 3
                : IsGeneric(p, "DeepTrack.Fluent.PropertyRule<T>", propertyType) ? 8
                : -1;
        }

        if (parameters.Length == 2 && parameters[1].Type is INamedTypeSymbol { Arity: 3 } step && step.OriginalDefinition.ToDisplayString() == "System.Func<T1, T2, TResult>")
        {
            return Same(parameters[0].Type, propertyType) ? 4
                : IsGeneric(parameters[0].Type, "DeepTrack.Fluent.Distribution<T>", propertyType) ? 5
                : -1;
        }

        return -1;
    }

    private static bool IsGeneric(ITypeSymbol type, string definition, params ITypeSymbol[] arguments)
        => type is INamedTypeSymbol named
            && named.OriginalDefinition.ToDisplayString() == definition
            && named.TypeArguments.Length == arguments.Length
            && named.TypeArguments.Zip(arguments, Same).All(same => same);

    private static bool Same(ITypeSymbol a, ITypeSymbol b) => SymbolEqualityComparer.Default.Equals(a, b);

    /// <summary>
    /// Whether the feature generator wrote <paramref name="symbol"/>: every declaration lies in a file it added.
    /// Only source types are asked (the generator's own input never holds its output; the analyzers see it),
    /// so the file, not an attribute on each generated member, tells generated members from the user's.
    /// </summary>
    private static bool IsGenerated(ISymbol symbol)
        => symbol.DeclaringSyntaxReferences.Length > 0
            && symbol.DeclaringSyntaxReferences.All(r => r.SyntaxTree.FilePath.Replace('\\', '/').Contains(GeneratedFolder));
}
