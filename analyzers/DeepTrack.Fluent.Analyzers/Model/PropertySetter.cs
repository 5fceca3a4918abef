using Microsoft.CodeAnalysis;

namespace DeepTrack.Fluent.Analyzers.Model;

/// <summary>One place in a fluent chain that gives a feature property its value.</summary>
internal sealed class PropertySetter
{
    /// <summary>Creates the setter.</summary>
    /// <param name="property">The property set.</param>
    /// <param name="operation">The <c>With…</c> invocation or the initializer assignment.</param>
    /// <param name="kind">How the value is given.</param>
    /// <param name="value">The value, distribution, sampler or rule argument.</param>
    /// <param name="expression">Which expression of the chain holds it: 0 for the outermost, one more for each local followed.</param>
    public PropertySetter(IPropertySymbol property, IOperation operation, SetterKind kind, IOperation? value, int expression)
    {
        Property = property;
        Operation = operation;
        Kind = kind;
        Value = value;
        Expression = expression;
    }

    /// <summary>The property set.</summary>
    public IPropertySymbol Property { get; }

    /// <summary>The <c>With…</c> invocation or the initializer assignment.</summary>
    public IOperation Operation { get; }

    /// <summary>How the value is given.</summary>
    public SetterKind Kind { get; }

    /// <summary>The value, distribution, sampler or rule argument (conversions removed).</summary>
    public IOperation? Value { get; }

    /// <summary>Which expression of the chain holds the setter: 0 for the outermost, one more for each local followed.</summary>
    public int Expression { get; }

    /// <summary>Where to point at this setter: the method name of a <c>With…</c> call, otherwise the assignment.</summary>
    public Location NameLocation => Operation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access }
        ? access.Name.GetLocation()
        : Operation.Syntax.GetLocation();
}
