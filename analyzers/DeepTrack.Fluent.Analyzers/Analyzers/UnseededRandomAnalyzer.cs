using System.Collections.Immutable;
using DeepTrack.Fluent.Analyzers.Diagnostics;
using DeepTrack.Fluent.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DeepTrack.Fluent.Analyzers;

/// <summary>
/// Reports <c>System.Random</c> used where a pipeline draws values: in samplers and rules given to
/// <c>With…</c> setters, in <c>Distribution.From</c> and <c>Feature.Lambda</c>, and in the <c>Compute</c>
/// or <c>Create</c> of a feature (DTF0014).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnseededRandomAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnseededRandom);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownSymbols.Create(start.Compilation) is { SystemRandom: not null } symbols)
            {
                start.RegisterOperationAction(operation => Analyze(operation, symbols), OperationKind.PropertyReference, OperationKind.ObjectCreation, OperationKind.Invocation);
            }
        });
    }

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        string? source = context.Operation switch
        {
            IPropertyReferenceOperation { Property: { Name: "Shared", IsStatic: true } property } when symbols.IsSystemRandom(property.ContainingType) => "Random.Shared",
            IObjectCreationOperation creation when symbols.IsSystemRandom(creation.Type) => "new Random()",
            IInvocationOperation { Instance: { } instance, TargetMethod.IsStatic: false } invocation when symbols.IsSystemRandom(instance.Type) && !IsReportedSource(FluentChain.Unwrap(instance), symbols)
                => $"The System.Random '{FluentChain.Unwrap(instance).Syntax}'",
            _ => null,
        };
        if (source is null || Scope(context.Operation, context.ContainingSymbol, symbols) is not { } scope)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnseededRandom, context.Operation.Syntax.GetLocation(), source, scope.Place, scope.Remedy));
    }

    private static bool IsReportedSource(IOperation instance, KnownSymbols symbols)
        => instance is IObjectCreationOperation || (instance is IPropertyReferenceOperation { Property.Name: "Shared" } reference && symbols.IsSystemRandom(reference.Property.ContainingType));

    private static (string Place, string Remedy)? Scope(IOperation operation, ISymbol containing, KnownSymbols symbols)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is not IAnonymousFunctionOperation function)
            {
                continue;
            }

            var argument = function.Parent is IDelegateCreationOperation creation ? creation.Parent : function.Parent;
            while (argument is IConversionOperation)
            {
                argument = argument.Parent;
            }

            if (argument is not IArgumentOperation { Parent: IInvocationOperation invocation })
            {
                continue;
            }

            var method = invocation.TargetMethod;
            if (FeatureProperties.SetBy(method, symbols) is { } property)
            {
                return function.Symbol.Parameters.Length == 0
                    ? ($"the sampler given to {method.Name}", "a Distribution, e.g. Distribution.From(rng => …)")
                    : ($"the rule given to {method.Name}", $"a Distribution for a property of its own and read that in the rule");
            }

            if (SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.Distribution))
            {
                return ($"Distribution.{method.Name}", "the RandomStream the function receives");
            }

            if (SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.Feature))
            {
                return ($"Feature.{method.Name}", "a feature whose Compute draws from context.Random");
            }
        }

        if (containing is IMethodSymbol { IsOverride: true, Name: "Compute" or "Create" } compute && symbols.IsFeatureType(compute.ContainingType))
        {
            return ($"{compute.Name} of feature '{compute.ContainingType.Name}'", "context.Random");
        }

        return null;
    }
}
