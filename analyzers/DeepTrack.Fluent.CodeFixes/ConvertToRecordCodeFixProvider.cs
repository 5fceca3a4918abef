using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using DeepTrack.Fluent.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeepTrack.Fluent.CodeFixes;

/// <summary>Turns a <c>[Feature]</c> class into a record class (DTF0002).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConvertToRecordCodeFixProvider))]
[Shared]
public sealed class ConvertToRecordCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.FeatureTypeNotRecord.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is ClassDeclarationSyntax declaration)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Make it a record",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(declaration, ToRecord(declaration)))),
                        equivalenceKey: nameof(ConvertToRecordCodeFixProvider)),
                    diagnostic);
            }
        }
    }

    private static RecordDeclarationSyntax ToRecord(ClassDeclarationSyntax declaration)
        => SyntaxFactory.RecordDeclaration(
                SyntaxKind.RecordDeclaration,
                declaration.AttributeLists,
                declaration.Modifiers,
                SyntaxFactory.Token(declaration.Keyword.LeadingTrivia, SyntaxKind.RecordKeyword, declaration.Keyword.TrailingTrivia),
                default,
                declaration.Identifier,
                declaration.TypeParameterList,
                null,
                declaration.BaseList,
                declaration.ConstraintClauses,
                declaration.OpenBraceToken,
                declaration.Members,
                declaration.CloseBraceToken,
                declaration.SemicolonToken);
}
