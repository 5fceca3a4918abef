using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DeepTrack.Fluent.Analyzers.Diagnostics;
using DeepTrack.Fluent.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace DeepTrack.Fluent.Analyzers;

/// <summary>
/// Checks the fluent chains of a method: rules that depend on themselves (DTF0008), required properties
/// never set on a feature that goes into a pipeline (DTF0009) and setters whose value is overwritten later
/// in the same chain (DTF0010).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PropertyWiringAnalyzer : DiagnosticAnalyzer
{
    private static readonly HashSet<string> PipelineMethods = new() { "Build", "OneOf", "Combine", "Probability", "WithProbability" };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PropertyDependsOnItself,
        DiagnosticDescriptors.RequiredPropertyNeverSet,
        DiagnosticDescriptors.PropertySetTwice);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownSymbols.Create(start.Compilation) is { } symbols)
            {
                start.RegisterOperationBlockStartAction(block => RegisterBlock(block, symbols));
            }
        });
    }

    private static void RegisterBlock(OperationBlockStartAnalysisContext block, KnownSymbols symbols)
    {
        var chainEnds = new List<IInvocationOperation>();
        var pipelineInputs = new List<IOperation>();
        block.RegisterOperationAction(
            context =>
            {
                var invocation = (IInvocationOperation)context.Operation;
                lock (chainEnds)
                {
                    if (FluentChain.IsOutermostSetter(invocation, symbols))
                    {
                        chainEnds.Add(invocation);
                    }
                    else if (PipelineMethods.Contains(invocation.TargetMethod.Name) && IsLibraryMember(invocation.TargetMethod, symbols))
                    {
                        AddInput(invocation.Instance, pipelineInputs, symbols);
                        foreach (var argument in invocation.Arguments)
                        {
                            AddInput(argument.Value, pipelineInputs, symbols);
                        }
                    }
                }
            },
            OperationKind.Invocation);
        block.RegisterOperationAction(
            context =>
            {
                var binary = (IBinaryOperation)context.Operation;
                if (binary.OperatorMethod is { } method && IsLibraryMember(method, symbols))
                {
                    lock (chainEnds)
                    {
                        AddInput(binary.LeftOperand, pipelineInputs, symbols);
                        AddInput(binary.RightOperand, pipelineInputs, symbols);
                    }
                }
            },
            OperationKind.Binary);
        block.RegisterOperationBlockEndAction(context =>
        {
            lock (chainEnds)
            {
                var reported = new HashSet<(TextSpan, string)>();
                foreach (var end in chainEnds)
                {
                    ReportOverwrittenSetters(context, FluentChain.Read(end, symbols, followLocals: false));
                    ReportCycles(context, FluentChain.Read(end, symbols, followLocals: true), reported);
                }

                foreach (var input in pipelineInputs)
                {
                    ReportMissingRequired(context, FluentChain.Read(input, symbols, followLocals: true), symbols, reported);
                }
            }
        });
    }

    private static bool IsLibraryMember(IMethodSymbol method, KnownSymbols symbols)
        => SymbolEqualityComparer.Default.Equals(method.ContainingNamespace, symbols.Feature.ContainingNamespace);

    private static void AddInput(IOperation? operation, List<IOperation> inputs, KnownSymbols symbols)
    {
        if (operation is null)
        {
            return;
        }

        var value = FluentChain.Unwrap(operation);
        if (value is IArrayCreationOperation { Initializer: { } elements })
        {
            foreach (var element in elements.ElementValues)
            {
                AddInput(element, inputs, symbols);
            }
        }
        else if (symbols.IsFeatureType(value.Type))
        {
            inputs.Add(value);
        }
    }

    private static void ReportOverwrittenSetters(OperationBlockAnalysisContext context, FluentChain chain)
    {
        for (int i = 0; i < chain.Setters.Count; i++)
        {
            var setter = chain.Setters[i];
            if (setter.Operation is not IInvocationOperation { Syntax: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } syntax })
            {
                continue;
            }

            for (int j = i + 1; j < chain.Setters.Count; j++)
            {
                if (chain.Setters[j].Property.Name == setter.Property.Name)
                {
                    var span = TextSpan.FromBounds(access.OperatorToken.SpanStart, syntax.Span.End);
                    string value = syntax.ArgumentList.Arguments.ToString();
                    if (value.Length > 40)
                    {
                        value = value.Substring(0, 37) + "...";
                    }

                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.PropertySetTwice,
                        Location.Create(syntax.SyntaxTree, span),
                        setter.Property.ContainingType.Name,
                        setter.Property.Name,
                        value));
                    break;
                }
            }
        }
    }

    private static void ReportCycles(OperationBlockAnalysisContext context, FluentChain chain, HashSet<(TextSpan, string)> reported)
    {
        var effective = chain.Effective();
        var dependencies = new Dictionary<string, List<string>>();
        foreach (var pair in effective)
        {
            if (pair.Value.Kind == SetterKind.SelfRule && pair.Value.Value is IAnonymousFunctionOperation rule && rule.Symbol.Parameters.Length == 1)
            {
                dependencies[pair.Key] = ReadProperties(rule, rule.Symbol.Parameters[0]);
            }
        }

        foreach (var property in dependencies.Keys)
        {
            var path = FindCycle(property, dependencies);
            var setter = effective[property];
            if (path is not null && reported.Add((setter.NameLocation.SourceSpan, property)))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.PropertyDependsOnItself,
                    setter.NameLocation,
                    setter.Property.ContainingType.Name,
                    property,
                    string.Join(" → ", path)));
            }
        }
    }

    private static List<string> ReadProperties(IAnonymousFunctionOperation rule, IParameterSymbol self)
    {
        var names = new List<string>();
        foreach (var operation in rule.Body.Descendants())
        {
            if (operation is IPropertyReferenceOperation { Instance: { } instance } reference
                && FluentChain.Unwrap(instance) is IParameterReferenceOperation parameter
                && SymbolEqualityComparer.Default.Equals(parameter.Parameter, self)
                && !names.Contains(reference.Property.Name))
            {
                names.Add(reference.Property.Name);
            }
        }

        return names;
    }

    private static List<string>? FindCycle(string start, Dictionary<string, List<string>> dependencies)
    {
        var path = new List<string> { start };
        var visited = new HashSet<string>();
        return Search(start) ? path : null;

        bool Search(string current)
        {
            if (!dependencies.TryGetValue(current, out var next) || !visited.Add(current))
            {
                return false;
            }

            foreach (var dependency in next)
            {
                path.Add(dependency);
                if (dependency == start || Search(dependency))
                {
                    return true;
                }

                path.RemoveAt(path.Count - 1);
            }

            return false;
        }
    }

    private static void ReportMissingRequired(OperationBlockAnalysisContext context, FluentChain chain, KnownSymbols symbols, HashSet<(TextSpan, string)> reported)
    {
        if (chain.Origin is not { Type: INamedTypeSymbol type } origin || type.IsAbstract)
        {
            return;
        }

        var set = new HashSet<string>(chain.Setters.Select(s => s.Property.Name));
        foreach (var property in FeatureProperties.All(type, symbols))
        {
            if (!set.Contains(property.Name) && !property.IsRequired && !FeatureProperties.HasDefault(property, symbols, context.CancellationToken)
                && reported.Add((origin.Syntax.Span, property.Name)))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RequiredPropertyNeverSet, origin.Syntax.GetLocation(), type.Name, property.Name));
            }
        }
    }
}
