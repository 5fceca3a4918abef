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
using Microsoft.CodeAnalysis.Operations;

namespace DeepTrack.Fluent.Analyzers;

/// <summary>
/// Checks values known at compile time against the ranges that validation attributes declare: literals
/// and unit-helper lengths given to setters, initializers and defaults, and the bounds of library
/// distributions (DTF0012); plain numbers that look like another unit (DTF0013); and the attributes
/// themselves (DTF0007).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PhysicalRangeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property holding the expression a DTF0013 fix writes instead of the literal.</summary>
    public const string ReplacementProperty = "Replacement";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidValidationAttribute,
        DiagnosticDescriptors.ValueOutOfRange,
        DiagnosticDescriptors.LiteralInWrongUnit);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // The generator implements partial properties in generated files; their initializers and attributes
        // are analyzed through those implementations, while diagnostics in generated code stay hidden.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownSymbols.Create(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterSymbolAction(symbol => AnalyzeAttributes(symbol, symbols), SymbolKind.Property);
            start.RegisterOperationAction(operation => AnalyzeInvocation(operation, symbols), OperationKind.Invocation);
            start.RegisterOperationAction(operation => AnalyzeDefault(operation, symbols), OperationKind.PropertyInitializer);
            start.RegisterOperationAction(operation => AnalyzeInitializerAssignment(operation, symbols), OperationKind.SimpleAssignment);
            start.RegisterSyntaxNodeAction(node => AnalyzeNumberForLength(node, symbols), SyntaxKind.InvocationExpression);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (FeatureProperties.SetBy(invocation.TargetMethod, symbols) is not { } property || invocation.Arguments.Length != 1)
        {
            return;
        }

        Check(context, symbols, property, invocation.Arguments[0].Value);
        if (FluentChain.IsOutermostSetter(invocation, symbols))
        {
            CheckLessThan(context, symbols, FluentChain.Read(invocation, symbols, followLocals: false), invocation.Type);
        }
    }

    private static void AnalyzeDefault(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var initializer = (IPropertyInitializerOperation)context.Operation;
        foreach (var property in initializer.InitializedProperties)
        {
            if (FeatureProperties.IsFeatureProperty(property, symbols) || property.PartialImplementationPart is not null)
            {
                Check(context, symbols, property, initializer.Value);
            }
        }
    }

    private static void AnalyzeInitializerAssignment(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Parent is IObjectOrCollectionInitializerOperation && assignment.Target is IPropertyReferenceOperation target
            && FeatureProperties.IsFeatureProperty(target.Property, symbols))
        {
            Check(context, symbols, target.Property, assignment.Value);
        }
    }

    private static void Check(OperationAnalysisContext context, KnownSymbols symbols, IPropertySymbol property, IOperation value)
    {
        var range = PhysicalRange.Of(property, symbols);
        if (range.IsEmpty)
        {
            return;
        }

        string feature = property.ContainingType.Name;
        if (PhysicalValue.TryRead(value, symbols, out var known))
        {
            bool isLengthProperty = SymbolEqualityComparer.Default.Equals(property.Type, symbols.Length);
            if (known.IsPlainNumber && !isLengthProperty && UnitGuess.ForMeters(known.Number, range) is { } unit)
            {
                ReportWrongUnit(context.ReportDiagnostic, FluentChain.Unwrap(value).Syntax, feature, property.Name, known.ToString(), unit, "metres", ".Meters");
                return;
            }

            if (range.Violation(known.Number) is { } requirement)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ValueOutOfRange, value.Syntax.GetLocation(), feature, property.Name, known.ToString(), requirement));
            }

            return;
        }

        if (DrawBounds(FluentChain.Unwrap(value), symbols) is { } bounds
            && (bounds.Discrete ? range.Violation(bounds.Low) ?? range.Violation(bounds.High) : range.Violation(bounds.Low, bounds.High)) is { } drawRequirement)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ValueOutOfRange,
                value.Syntax.GetLocation(),
                feature,
                property.Name,
                value.Syntax.ToString(),
                "can draw values outside the property's range: it " + drawRequirement));
        }
    }

    private static (double Low, double High, bool Discrete)? DrawBounds(IOperation value, KnownSymbols symbols)
    {
        if (value is not IInvocationOperation invocation || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.Distribution))
        {
            return null;
        }

        var arguments = invocation.Arguments;
        switch (invocation.TargetMethod.Name)
        {
            case "Uniform" when arguments.Length == 2 && PhysicalValue.TryNumber(arguments[0].Value, out double low) && PhysicalValue.TryNumber(arguments[1].Value, out double high):
                return (low, high, false);
            case "UniformInt" when arguments.Length == 2 && PhysicalValue.TryNumber(arguments[0].Value, out double first) && PhysicalValue.TryNumber(arguments[1].Value, out double end):
                return (first, end - 1, true);
            case "Choice" when arguments.Length == 1:
                var options = new List<double>();
                foreach (var option in Options(FluentChain.Unwrap(arguments[0].Value)))
                {
                    if (!PhysicalValue.TryNumber(option, out double number))
                    {
                        return null;
                    }

                    options.Add(number);
                }

                return options.Count == 0 ? null : (options.Min(), options.Max(), true);
            default:
                return null;
        }
    }

    private static IEnumerable<IOperation> Options(IOperation collection) => collection switch
    {
        IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
        ICollectionExpressionOperation expression => expression.Elements,
        _ => new[] { collection },
    };

    private static void CheckLessThan(OperationAnalysisContext context, KnownSymbols symbols, FluentChain chain, ITypeSymbol? type)
    {
        if (type is null || chain.Setters.Count == 0)
        {
            return;
        }

        var effective = chain.Effective();
        foreach (var property in FeatureProperties.All(type, symbols))
        {
            if (PhysicalRange.Of(property, symbols).LessThan is not { } otherName || FeatureProperties.Find(type, otherName, symbols) is not { } other)
            {
                continue;
            }

            effective.TryGetValue(property.Name, out var setter);
            effective.TryGetValue(other.Name, out var otherSetter);
            if ((setter is not null || otherSetter is not null)
                && TryValue(setter, property, symbols, context, out var value)
                && TryValue(otherSetter, other, symbols, context, out var bound)
                && !(value.Number < bound.Number))
            {
                var latest = setter is null || (otherSetter is not null && chain.Setters.IndexOf(otherSetter) > chain.Setters.IndexOf(setter)) ? otherSetter! : setter;
                var location = latest.Value?.Syntax.GetLocation() ?? latest.NameLocation;
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ValueOutOfRange,
                    location,
                    type.Name,
                    property.Name,
                    value.ToString(),
                    PhysicalRange.Wording(ValidationCatalogue.LessThanRequirement(other.Name, bound.ToString()), ValidationCatalogue.LessThanName)));
            }
        }
    }

    private static bool TryValue(PropertySetter? setter, IPropertySymbol property, KnownSymbols symbols, OperationAnalysisContext context, out PhysicalValue value)
    {
        value = default;
        if (setter is not null)
        {
            return setter.Kind is SetterKind.Value or SetterKind.Initializer && PhysicalValue.TryRead(setter.Value, symbols, out value);
        }

        var initializer = FeatureProperties.Initializer(property, context.CancellationToken);
        bool negative = initializer is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression };
        if ((negative ? ((PrefixUnaryExpressionSyntax)initializer!).Operand : initializer) is LiteralExpressionSyntax { Token.Value: { } literal }
            && literal is int or long or double or float or decimal)
        {
            double number = System.Convert.ToDouble(literal, System.Globalization.CultureInfo.InvariantCulture);
            value = new PhysicalValue(negative ? -number : number);
            return true;
        }

        return false;
    }

    private static void AnalyzeNumberForLength(SyntaxNodeAnalysisContext context, KnownSymbols symbols)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (symbols.Length is null || invocation.ArgumentList.Arguments.Count != 1
            || invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: { } name } || !name.StartsWith(FeatureProperties.SetterPrefix, System.StringComparison.Ordinal))
        {
            return;
        }

        var info = context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken);
        if (info.Symbol is not null || info.CandidateSymbols.IsDefaultOrEmpty || info.CandidateSymbols[0] is not IMethodSymbol candidate
            || FeatureProperties.SetBy(candidate, symbols) is not { } property || !SymbolEqualityComparer.Default.Equals(property.Type, symbols.Length))
        {
            return;
        }

        var argument = invocation.ArgumentList.Arguments[0].Expression;
        if (context.SemanticModel.GetOperation(argument, context.CancellationToken) is { } operation && PhysicalValue.TryNumber(operation, out double number))
        {
            string unit = UnitGuess.ForLength(number, PhysicalRange.Of(property, symbols));
            ReportWrongUnit(context.ReportDiagnostic, argument, property.ContainingType.Name, property.Name, PhysicalValue.Format(number), unit, "a Length", string.Empty);
        }
    }

    private static void ReportWrongUnit(System.Action<Diagnostic> report, SyntaxNode literal, string feature, string property, string value, string unit, string expected, string suffix)
    {
        string operand = literal is LiteralExpressionSyntax ? literal.ToString() : "(" + literal + ")";
        string replacement = $"{operand}.{unit}(){suffix}";
        report(Diagnostic.Create(
            DiagnosticDescriptors.LiteralInWrongUnit,
            literal.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, replacement),
            feature,
            property,
            value,
            UnitGuess.Word(unit),
            expected,
            replacement));
    }

    private static void AnalyzeAttributes(SymbolAnalysisContext context, KnownSymbols symbols)
    {
        var property = (IPropertySymbol)context.Symbol;
        if ((property.IsPartialDefinition && property.PartialImplementationPart is not null) || !symbols.IsFeatureType(property.ContainingType))
        {
            return;
        }

        property = property.PartialDefinitionPart ?? property;

        var type = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : property.Type;
        bool isNumber = type.SpecialType is >= SpecialType.System_SByte and <= SpecialType.System_Double;
        bool isLength = SymbolEqualityComparer.Default.Equals(type, symbols.Length);
        foreach (var attribute in property.GetAttributes())
        {
            var attributeType = attribute.AttributeClass;
            string? name = ValidationName(attributeType);
            if (name is null)
            {
                continue;
            }

            string? problem = isNumber || (isLength && ValidationCatalogue.AppliesToLength(name)) ? null
                : ValidationCatalogue.AppliesToLength(name) ? $"it applies to numbers and Length, not '{property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'"
                : $"it applies to numbers, not '{property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'";

            if (problem is null && Is(attributeType, symbols.InRangeAttribute) && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is double minimum && attribute.ConstructorArguments[1].Value is double maximum && !(minimum <= maximum))
            {
                problem = $"the minimum {PhysicalValue.Format(minimum)} is not below the maximum {PhysicalValue.Format(maximum)}";
            }

            if (problem is null && Is(attributeType, symbols.LessThanAttribute) && attribute.ConstructorArguments.Length == 1)
            {
                string? other = attribute.ConstructorArguments[0].Value as string;
                var bound = other is null ? null : FindProperty(property.ContainingType, other);
                problem = other is null ? "it names no property"
                    : other == property.Name ? "a property cannot be less than itself"
                    : bound is null ? $"'{property.ContainingType.Name}' has no property '{other}'"
                    : !IsNumberOrLength(bound.Type, symbols, out bool boundIsLength) ? $"'{other}' is a '{bound.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}', not a number or Length"
                    : boundIsLength != isLength ? $"'{property.Name}' and '{other}' must both be numbers or both be Length"
                    : null;
            }

            if (problem is not null && attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is { } syntax)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidValidationAttribute, syntax.GetLocation(), property.ContainingType.Name, property.Name, name, problem));
            }
        }
    }

    /// <summary>The catalogue name of a validation attribute (e.g. "Positive"), or null for any other attribute.</summary>
    private static string? ValidationName(INamedTypeSymbol? attributeType)
    {
        string? metadataName = attributeType?.ToDisplayString();
        foreach (string name in ValidationCatalogue.AttributeNames)
        {
            if (ValidationCatalogue.MetadataName(name) == metadataName)
            {
                return name;
            }
        }

        return null;
    }

    private static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
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

    private static bool IsNumberOrLength(ITypeSymbol type, KnownSymbols symbols, out bool isLength)
    {
        var underlying = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
        isLength = SymbolEqualityComparer.Default.Equals(underlying, symbols.Length);
        return isLength || underlying.SpecialType is >= SpecialType.System_SByte and <= SpecialType.System_Double;
    }
}
