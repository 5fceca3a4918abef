using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
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
/// Writes a plain number that looks like the wrong unit with the unit helper the analyzer chose, e.g.
/// <c>633</c> → <c>633.Nanometers().Meters</c> for a double in metres (DTF0013), adding
/// <c>using DeepTrack.Fluent;</c> when the file lacks it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConvertToUnitHelperCodeFixProvider))]
[Shared]
public sealed class ConvertToUnitHelperCodeFixProvider : CodeFixProvider
{
    private const string Namespace = "DeepTrack.Fluent";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.LiteralInWrongUnit.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) => ConvertAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(PhysicalRangeAnalyzer.ReplacementProperty, out string? replacement) && replacement is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Write {replacement}",
                        token => ConvertAsync(context.Document, ImmutableArray.Create(diagnostic), token)!,
                        equivalenceKey: nameof(ConvertToUnitHelperCodeFixProvider)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> ConvertAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken token)
    {
        if (await document.GetSyntaxRootAsync(token).ConfigureAwait(false) is not CompilationUnitSyntax root)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, string>();
        foreach (var diagnostic in diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (diagnostic.Properties.TryGetValue(PhysicalRangeAnalyzer.ReplacementProperty, out string? replacement) && replacement is not null)
            {
                replacements[node] = replacement;
            }
        }

        var updated = root.ReplaceNodes(replacements.Keys, (original, _) => SyntaxFactory.ParseExpression(replacements[original]).WithTriviaFrom(original));
        if (replacements.Count > 0 && !ImportsLibrary(replacements.Keys.First()))
        {
            updated = updated.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(Namespace)).WithTrailingTrivia(SyntaxFactory.ElasticLineFeed));
        }

        return document.WithSyntaxRoot(updated);
    }

    private static bool ImportsLibrary(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            var usings = ancestor switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax space when space.Name.ToString() == Namespace || space.Name.ToString().StartsWith(Namespace + ".", System.StringComparison.Ordinal) => default(SyntaxList<UsingDirectiveSyntax>?),
                BaseNamespaceDeclarationSyntax space => space.Usings,
                _ => new SyntaxList<UsingDirectiveSyntax>(),
            };
            if (usings is null || usings.Value.Any(u => u.Name?.ToString() == Namespace))
            {
                return true;
            }
        }

        return false;
    }
}
