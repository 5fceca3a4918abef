using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using DeepTrack.Fluent.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeepTrack.Fluent.CodeFixes;

/// <summary>Adds the missing <c>get;</c> or <c>init;</c> accessor to a partial feature property (DTF0005).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAccessorCodeFixProvider))]
[Shared]
public sealed class AddAccessorCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.FeaturePropertyMissingAccessor.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is PropertyDeclarationSyntax { AccessorList: { } accessors } property)
            {
                bool hasGet = accessors.Accessors.Any(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
                string title = hasGet ? "Add 'init' accessor" : "Add 'get' accessor";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(accessors, AddAccessor(accessors, hasGet)))),
                        equivalenceKey: title),
                    diagnostic);
            }
        }
    }

    private static AccessorListSyntax AddAccessor(AccessorListSyntax accessors, bool hasGet)
    {
        var accessor = SyntaxFactory.AccessorDeclaration(hasGet ? SyntaxKind.InitAccessorDeclaration : SyntaxKind.GetAccessorDeclaration)
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken));
        if (!hasGet)
        {
            return accessors.WithAccessors(accessors.Accessors.Insert(0, accessor.WithTrailingTrivia(SyntaxFactory.Space)));
        }

        var last = accessors.Accessors.Last();
        var list = accessors.Accessors
            .Replace(last, last.WithTrailingTrivia(SyntaxFactory.Space))
            .Add(accessor.WithTrailingTrivia(last.GetTrailingTrivia()));
        return accessors.WithAccessors(list);
    }
}
