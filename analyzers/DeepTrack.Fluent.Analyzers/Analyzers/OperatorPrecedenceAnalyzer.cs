using System.Collections.Immutable;
using DeepTrack.Fluent.Analyzers.Diagnostics;
using DeepTrack.Fluent.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DeepTrack.Fluent.Analyzers;

/// <summary>
/// The precedence trap of the pipeline operators (DTF0017): in C# <c>&gt;&gt;</c> binds tighter than <c>^</c>
/// and <c>&amp;</c>, so <c>particle ^ 5 &gt;&gt; optics</c> reads as <c>particle ^ (5 &gt;&gt; optics)</c> and
/// <c>a &amp; b &gt;&gt; c</c> as <c>a &amp; (b &gt;&gt; c)</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OperatorPrecedenceAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ChainBindsTighter);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownSymbols.Create(start.Compilation) is { } symbols)
            {
                start.RegisterSyntaxNodeAction(node => Analyze(node, symbols), SyntaxKind.ExclusiveOrExpression, SyntaxKind.BitwiseAndExpression);
            }
        });
    }

    /// <summary>The leftmost operand of a chain of unparenthesized <c>&gt;&gt;</c>: the one the outer operator really takes.</summary>
    /// <param name="shift">The right operand of the outer operator.</param>
    /// <returns>The operand.</returns>
    public static ExpressionSyntax LeftmostOperand(BinaryExpressionSyntax shift)
    {
        var current = shift;
        while (current.Left is BinaryExpressionSyntax inner && inner.IsKind(SyntaxKind.RightShiftExpression))
        {
            current = inner;
        }

        return current.Left;
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, KnownSymbols symbols)
    {
        var outer = (BinaryExpressionSyntax)context.Node;
        if (outer.Right is not BinaryExpressionSyntax shift || !shift.IsKind(SyntaxKind.RightShiftExpression))
        {
            return;
        }

        var left = context.SemanticModel.GetTypeInfo(outer.Left, context.CancellationToken).Type;
        if (!symbols.IsFeatureType(left))
        {
            return;
        }

        var operand = LeftmostOperand(shift);
        string op = outer.OperatorToken.Text;
        string read = $"{outer.Left} {op} ({shift})";
        string meant = $"({outer.Left} {op} {operand}){shift.ToString().Substring(operand.Span.End - shift.SpanStart)}";
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ChainBindsTighter, outer.OperatorToken.GetLocation(), op, read, meant));
    }
}
