using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DeepTrack.Fluent.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeepTrack.Fluent.CodeFixes;

/// <summary>
/// Removes a <c>With…</c> call whose value is overwritten later in the same chain (DTF0010). Fix All removes
/// every such call of a document in one pass, including several in the same chain.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveOverwrittenSetterCodeFixProvider))]
[Shared]
public sealed class RemoveOverwrittenSetterCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.PropertySetTwice.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) => RemoveAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && FindSetter(root, diagnostic) is { Expression: MemberAccessExpressionSyntax access })
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Remove the overwritten {access.Name.Identifier.ValueText}",
                        token => RemoveAsync(context.Document, ImmutableArray.Create(diagnostic), token)!,
                        equivalenceKey: nameof(RemoveOverwrittenSetterCodeFixProvider)),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> RemoveAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken token)
    {
        var root = await document.GetSyntaxRootAsync(token).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var setters = new List<InvocationExpressionSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (FindSetter(root, diagnostic) is { } setter)
            {
                setters.Add(setter);
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(setters.Distinct(), (_, rewritten) =>
            rewritten is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                ? access.Expression.WithTrailingTrivia(rewritten.GetTrailingTrivia())
                : rewritten));
    }

    private static InvocationExpressionSyntax? FindSetter(SyntaxNode root, Diagnostic diagnostic)
        => root.FindToken(diagnostic.Location.SourceSpan.End - 1).Parent?.Parent as InvocationExpressionSyntax;
}
