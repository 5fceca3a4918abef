using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DeepTrack.Fluent.Analyzers.Model;

/// <summary>
/// The setters applied to a feature value, read backwards from an expression through <c>With…</c> calls,
/// <c>with</c> expressions, object initializers and (optionally) locals assigned exactly once, back to the
/// <c>new</c> that created the feature when it is in the same method.
/// </summary>
internal sealed class FluentChain
{
    private FluentChain(IObjectCreationOperation? origin, List<PropertySetter> setters)
    {
        Origin = origin;
        Setters = setters;
    }

    /// <summary>The <c>new</c> expression that created the feature, or null when the chain starts elsewhere (a parameter, a call, a field).</summary>
    public IObjectCreationOperation? Origin { get; }

    /// <summary>The setters in the order they apply (first applied first).</summary>
    public List<PropertySetter> Setters { get; }

    /// <summary>The setter that decides each property's value: the last one applied.</summary>
    /// <returns>The effective setter of each property set in the chain, by name.</returns>
    public Dictionary<string, PropertySetter> Effective()
    {
        var effective = new Dictionary<string, PropertySetter>();
        foreach (var setter in Setters)
        {
            effective[setter.Property.Name] = setter;
        }

        return effective;
    }

    /// <summary>Reads the chain that ends in <paramref name="operation"/>.</summary>
    /// <param name="operation">The expression whose value is the feature.</param>
    /// <param name="symbols">The known symbols.</param>
    /// <param name="followLocals">Whether to continue through locals that are assigned exactly once.</param>
    /// <returns>The chain.</returns>
    public static FluentChain Read(IOperation operation, KnownSymbols symbols, bool followLocals)
    {
        var reversed = new List<PropertySetter>();
        var visited = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        int expression = 0;
        IOperation? current = operation;
        while (current is not null)
        {
            current = Unwrap(current);
            switch (current)
            {
                case IInvocationOperation { Instance: { } instance } invocation when FeatureProperties.SetBy(invocation.TargetMethod, symbols) is { } property:
                    reversed.Add(new PropertySetter(property, invocation, Kind(invocation.TargetMethod, property, symbols), ArgumentValue(invocation), expression));
                    current = instance;
                    break;
                case IWithOperation with:
                    AddInitializer(with.Initializer, symbols, expression, reversed);
                    current = with.Operand;
                    break;
                case IObjectCreationOperation creation when symbols.IsFeatureType(creation.Type):
                    AddInitializer(creation.Initializer, symbols, expression, reversed);
                    reversed.Reverse();
                    return new FluentChain(creation, reversed);
                case ILocalReferenceOperation local when followLocals && visited.Add(local.Local):
                    current = SingleAssignment(local);
                    expression++;
                    break;
                default:
                    current = null;
                    break;
            }
        }

        reversed.Reverse();
        return new FluentChain(null, reversed);
    }

    /// <summary>Whether <paramref name="invocation"/> is a setter whose result is not itself the receiver of another setter (the end of a chain).</summary>
    /// <param name="invocation">The invocation.</param>
    /// <param name="symbols">The known symbols.</param>
    /// <returns>True for the outermost setter of a chain.</returns>
    public static bool IsOutermostSetter(IInvocationOperation invocation, KnownSymbols symbols)
    {
        if (FeatureProperties.SetBy(invocation.TargetMethod, symbols) is null)
        {
            return false;
        }

        IOperation child = invocation;
        var parent = invocation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            child = parent;
            parent = parent.Parent;
        }

        return !(parent is IInvocationOperation outer && outer.Instance == child && FeatureProperties.SetBy(outer.TargetMethod, symbols) is not null);
    }

    /// <summary>Removes implicit and explicit conversions and parentheses.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The operation underneath.</returns>
    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                case IDelegateCreationOperation delegateCreation:
                    operation = delegateCreation.Target;
                    break;
                default:
                    return operation;
            }
        }
    }

    private static SetterKind Kind(IMethodSymbol method, IPropertySymbol property, KnownSymbols symbols)
    {
        if (method.Parameters.Length >= 2)
        {
            return SetterKind.OtherRule;
        }

        var type = method.Parameters.Length == 1 ? method.Parameters[0].Type : null;
        if (type is null || SymbolEqualityComparer.Default.Equals(type, property.Type))
        {
            return SetterKind.Value;
        }

        if (type is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, symbols.DistributionOfT))
        {
            return SetterKind.Distribution;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke })
        {
            if (invoke.Parameters.Length == 0)
            {
                return SetterKind.Sampler;
            }

            if (invoke.Parameters.Length == 1 && symbols.IsFeatureType(invoke.Parameters[0].Type))
            {
                return SetterKind.SelfRule;
            }
        }

        return SetterKind.Value;
    }

    private static IOperation? ArgumentValue(IInvocationOperation invocation)
        => invocation.Arguments.Length == 0 ? null : Unwrap(invocation.Arguments[invocation.Arguments.Length - 1].Value);

    private static void AddInitializer(IObjectOrCollectionInitializerOperation? initializer, KnownSymbols symbols, int expression, List<PropertySetter> reversed)
    {
        if (initializer is null)
        {
            return;
        }

        for (int i = initializer.Initializers.Length - 1; i >= 0; i--)
        {
            if (initializer.Initializers[i] is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                && FeatureProperties.IsFeatureProperty(target.Property, symbols))
            {
                reversed.Add(new PropertySetter(target.Property, assignment, SetterKind.Initializer, Unwrap(assignment.Value), expression));
            }
        }
    }

    private static IOperation? SingleAssignment(ILocalReferenceOperation reference)
    {
        var root = reference as IOperation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        IOperation? initializer = null;
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                    initializer = declarator.Initializer?.Value;
                    break;
                case ILocalReferenceOperation other when SymbolEqualityComparer.Default.Equals(other.Local, reference.Local) && IsWritten(other):
                    return null;
            }
        }

        return reference.Local.RefKind == RefKind.None ? initializer : null;
    }

    private static bool IsWritten(ILocalReferenceOperation reference) => reference.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target == reference,
        IIncrementOrDecrementOperation => true,
        IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
        _ => reference.IsDeclaration || reference.Parent is ITupleOperation or IDeclarationExpressionOperation,
    };
}
