using System.Collections.Generic;
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

/// <summary>Adds <c>partial</c> to a feature type, a type containing one (DTF0001) or a feature property (DTF0004).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialModifierCodeFixProvider))]
[Shared]
public sealed class AddPartialModifierCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.FeatureTypeNotPartial.Id,
        DiagnosticDescriptors.FeaturePropertyNotPartial.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (node is TypeDeclarationSyntax or PropertyDeclarationSyntax)
            {
                var declaration = (MemberDeclarationSyntax)node;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Make partial",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(MakePartial(root, declaration))),
                        equivalenceKey: nameof(AddPartialModifierCodeFixProvider)),
                    diagnostic);
            }
        }
    }

    private static SyntaxNode MakePartial(SyntaxNode root, MemberDeclarationSyntax declaration)
    {
        var targets = declaration is TypeDeclarationSyntax
            ? declaration.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().Where(t => !t.Modifiers.Any(SyntaxKind.PartialKeyword)).Cast<MemberDeclarationSyntax>().ToList()
            : new List<MemberDeclarationSyntax> { declaration };
        return root.ReplaceNodes(targets, (original, rewritten) => AddPartial(rewritten));
    }

    private static MemberDeclarationSyntax AddPartial(MemberDeclarationSyntax declaration)
    {
        var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (declaration.Modifiers.Count > 0)
        {
            return declaration.WithModifiers(declaration.Modifiers.Add(partial));
        }

        var first = declaration.GetFirstToken();
        if (declaration.AttributeLists.Count > 0)
        {
            first = declaration.AttributeLists.Last().GetLastToken().GetNextToken();
        }

        var moved = declaration.ReplaceToken(first, first.WithLeadingTrivia(SyntaxFactory.TriviaList()));
        return moved.WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(first.LeadingTrivia)));
    }
}
