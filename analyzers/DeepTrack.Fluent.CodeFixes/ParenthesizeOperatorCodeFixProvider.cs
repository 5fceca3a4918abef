using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using DeepTrack.Fluent.Analyzers;
using DeepTrack.Fluent.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeepTrack.Fluent.CodeFixes;

/// <summary>
/// Adds the parentheses DTF0017 asks for: <c>a ^ n &gt;&gt; b</c> becomes <c>(a ^ n) &gt;&gt; b</c>; for <c>&amp;</c>,
/// which also compiles as read, a second action keeps the current reading explicit, <c>a &amp; (b &gt;&gt; c)</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ParenthesizeOperatorCodeFixProvider))]
[Shared]
public sealed class ParenthesizeOperatorCodeFixProvider : CodeFixProvider
{
    private const string ApplyFirst = "Apply '{0}' first: add parentheses";
    private const string KeepReading = "Keep the current reading: add parentheses";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ChainBindsTighter.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not BinaryExpressionSyntax outer
                || outer.Right is not BinaryExpressionSyntax shift || !shift.IsKind(SyntaxKind.RightShiftExpression))
            {
                continue;
            }

            string first = string.Format(System.Globalization.CultureInfo.InvariantCulture, ApplyFirst, outer.OperatorToken.Text);
            context.RegisterCodeFix(
                CodeAction.Create(first, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(outer, OperatorFirst(outer, shift)))), equivalenceKey: ApplyFirst),
                diagnostic);
            if (outer.IsKind(SyntaxKind.BitwiseAndExpression))
            {
                var kept = outer.WithRight(SyntaxFactory.ParenthesizedExpression(shift.WithoutTrivia()).WithTriviaFrom(shift));
                context.RegisterCodeFix(
                    CodeAction.Create(KeepReading, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(outer, kept))), equivalenceKey: KeepReading),
                    diagnostic);
            }
        }
    }

    /// <summary><c>a OP b &gt;&gt; c &gt;&gt; d</c> becomes <c>(a OP b) &gt;&gt; c &gt;&gt; d</c>.</summary>
    private static ExpressionSyntax OperatorFirst(BinaryExpressionSyntax outer, BinaryExpressionSyntax shift)
    {
        var operand = OperatorPrecedenceAnalyzer.LeftmostOperand(shift);
        var grouped = SyntaxFactory.ParenthesizedExpression(outer.WithRight(operand.WithoutTrivia()).WithoutLeadingTrivia())
            .WithLeadingTrivia(outer.GetLeadingTrivia())
            .WithTrailingTrivia(operand.GetTrailingTrivia());
        return shift.ReplaceNode(operand, grouped).WithTrailingTrivia(outer.GetTrailingTrivia());
    }
}
