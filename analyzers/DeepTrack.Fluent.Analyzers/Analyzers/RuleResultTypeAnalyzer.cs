using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DeepTrack.Fluent.Analyzers.Diagnostics;
using DeepTrack.Fluent.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DeepTrack.Fluent.Analyzers;

/// <summary>
/// When no <c>With…</c> overload accepts an argument, says which property the value, distribution,
/// sampler or rule was meant for and what type it produces (DTF0011), where the compiler can only list
/// the overloads it tried.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleResultTypeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RuleResultDoesNotFit);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownSymbols.Create(start.Compilation) is { } symbols)
            {
                start.RegisterSyntaxNodeAction(node => Analyze(node, symbols), SyntaxKind.InvocationExpression);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, KnownSymbols symbols)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (invocation.Expression is not MemberAccessExpressionSyntax access || invocation.ArgumentList.Arguments.Count == 0
            || !access.Name.Identifier.ValueText.StartsWith(FeatureProperties.SetterPrefix, System.StringComparison.Ordinal))
        {
            return;
        }

        var info = context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken);
        if (info.Symbol is not null || info.CandidateReason != CandidateReason.OverloadResolutionFailure
            || info.CandidateSymbols.FirstOrDefault() is not IMethodSymbol candidate || FeatureProperties.SetBy(candidate, symbols) is not { } property)
        {
            return;
        }

        var target = property.Type;
        var argument = invocation.ArgumentList.Arguments.Last().Expression;
        var model = context.SemanticModel;
        if (argument is LambdaExpressionSyntax lambda)
        {
            string kind = lambda is ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 0 } ? "sampler" : "rule";
            bool unbound = false;
            foreach (var result in Results(lambda))
            {
                var type = model.GetTypeInfo(result, context.CancellationToken).Type;
                unbound |= type is null || type.TypeKind == TypeKind.Error;
                if (type is not null && type.TypeKind != TypeKind.Error && !model.Compilation.ClassifyConversion(type, target).IsImplicit)
                {
                    Report(context, result, property, kind, type);
                    return;
                }
            }

            if (unbound && invocation.ArgumentList.Arguments.Count == 1 && SelfRuleResult(lambda, model.GetTypeInfo(access.Expression, context.CancellationToken).Type, model) is { } selfResult
                && !model.Compilation.ClassifyConversion(selfResult, target).IsImplicit)
            {
                Report(context, lambda, property, kind, selfResult);
            }

            return;
        }

        var argumentType = model.GetTypeInfo(argument, context.CancellationToken).Type;
        if (argumentType is null || argumentType.TypeKind == TypeKind.Error
            || (SymbolEqualityComparer.Default.Equals(target, symbols.Length) && model.GetConstantValue(argument, context.CancellationToken).HasValue))
        {
            return;
        }

        if (argumentType is INamedTypeSymbol { IsGenericType: true } generic && SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, symbols.DistributionOfT))
        {
            if (!SymbolEqualityComparer.Default.Equals(generic.TypeArguments[0], target))
            {
                Report(context, argument, property, "distribution", generic.TypeArguments[0]);
            }
        }
        else if (argumentType is INamedTypeSymbol { DelegateInvokeMethod: { ReturnsVoid: false } invoke })
        {
            var conversion = model.Compilation.ClassifyConversion(invoke.ReturnType, target);
            if (!conversion.IsIdentity && !(conversion.IsReference && conversion.IsImplicit))
            {
                Report(context, argument, property, invoke.Parameters.Length == 0 ? "sampler" : "rule", invoke.ReturnType);
            }
        }
        else if (invocation.ArgumentList.Arguments.Count == 1 && !model.Compilation.ClassifyConversion(argumentType, target).IsImplicit)
        {
            Report(context, argument, property, "value", argumentType);
        }
    }

    /// <summary>Binds the body of a one-parameter rule as a function of the feature itself, which the failed overload resolution could not do.</summary>
    private static ITypeSymbol? SelfRuleResult(LambdaExpressionSyntax lambda, ITypeSymbol? feature, SemanticModel model)
    {
        string? parameter = lambda switch
        {
            SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
            ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters: { Count: 1 } parameters } when parameters[0].Type is null => parameters[0].Identifier.ValueText,
            _ => null,
        };
        if (parameter is null || feature is null || feature.TypeKind == TypeKind.Error)
        {
            return null;
        }

        if (lambda.ExpressionBody is not { } body)
        {
            return null;
        }

        var self = SyntaxFactory.ParseExpression($"(({feature.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)})null!)");
        var references = body.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Where(n => n.Identifier.ValueText == parameter && !(n.Parent is MemberAccessExpressionSyntax access && access.Name == n));
        var bound = body.ReplaceNodes(references, (_, _) => self);
        var type = model.GetSpeculativeTypeInfo(lambda.SpanStart, bound, SpeculativeBindingOption.BindAsExpression).Type;
        return type is null || type.TypeKind == TypeKind.Error ? null : type;
    }

    private static IEnumerable<ExpressionSyntax> Results(LambdaExpressionSyntax lambda)
    {
        if (lambda.ExpressionBody is { } body)
        {
            yield return body;
            yield break;
        }

        if (lambda.Block is null)
        {
            yield break;
        }

        foreach (var statement in lambda.Block.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>())
        {
            if (statement.Expression is { } value)
            {
                yield return value;
            }
        }
    }

    private static void Report(SyntaxNodeAnalysisContext context, SyntaxNode location, IPropertySymbol property, string kind, ITypeSymbol produced)
        => context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.RuleResultDoesNotFit,
            location.GetLocation(),
            property.ContainingType.Name,
            property.Name,
            kind,
            produced.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
}
