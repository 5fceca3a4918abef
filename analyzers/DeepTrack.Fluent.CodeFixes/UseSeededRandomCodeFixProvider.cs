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
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeepTrack.Fluent.CodeFixes;

/// <summary>
/// Replaces draws from <c>Random.Shared</c> or <c>new Random()</c> with the pipeline's seeded stream (DTF0014):
/// a sampler <c>() =&gt; …</c> becomes <c>Distribution.From&lt;T&gt;(rng =&gt; …)</c>, a <c>Distribution.From</c>
/// function uses the stream it receives, and <c>Compute</c>/<c>Create</c> use <c>context.Random</c>.
/// Offered when every draw in that place is <c>NextDouble()</c>, <c>Next(max)</c> or <c>Next(min, max)</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSeededRandomCodeFixProvider))]
[Shared]
public sealed class UseSeededRandomCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnseededRandom.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Rewrite(root, model, diagnostic, context.CancellationToken) is { } rewrite)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(rewrite.Title, token => FixAsync(context.Document, ImmutableArray.Create(diagnostic), token)!, equivalenceKey: nameof(UseSeededRandomCodeFixProvider)),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken token)
    {
        var root = await document.GetSyntaxRootAsync(token).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(token).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var rewrites = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (Rewrite(root, model, diagnostic, token) is { } rewrite && !rewrites.Keys.Any(k => k.Contains(rewrite.Scope) || rewrite.Scope.Contains(k)))
            {
                rewrites[rewrite.Scope] = rewrite.Replacement;
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(rewrites.Keys, (original, _) => rewrites[original]));
    }

    private static (SyntaxNode Scope, SyntaxNode Replacement, string Title)? Rewrite(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken token)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 0 } sampler when ResultType(sampler, model, token) is { } result:
                    string name = FreeName(sampler, "rng");
                    var body = Redirect(sampler.Body, model, SyntaxFactory.IdentifierName(name), token);
                    if (body is null)
                    {
                        return null;
                    }

                    string type = result.ToMinimalDisplayString(model, sampler.SpanStart);
                    var replacement = SyntaxFactory.ParseExpression($"global::DeepTrack.Fluent.Distribution.From<{type}>({name} => {body.ToFullString().Trim()})").WithTriviaFrom(sampler);
                    return (sampler, replacement, "Draw from a seeded Distribution");
                case SimpleLambdaExpressionSyntax { Parameter: { } parameter } draw
                    when model.GetDeclaredSymbol(parameter, token)?.Type.Name == "RandomStream":
                    var redirected = Redirect(draw.Body, model, SyntaxFactory.IdentifierName(parameter.Identifier.ValueText), token);
                    return redirected is null ? null : (draw, draw.WithBody((CSharpSyntaxNode)redirected), $"Draw from '{parameter.Identifier.ValueText}'");
                case MethodDeclarationSyntax method
                    when method.ParameterList.Parameters.FirstOrDefault(p => model.GetDeclaredSymbol(p, token)?.Type.Name == "FeatureContext") is { } context:
                    var stream = SyntaxFactory.ParseExpression(context.Identifier.ValueText + ".Random");
                    var rewritten = Redirect(method, model, stream, token);
                    return rewritten is null ? null : (method, rewritten, $"Draw from {context.Identifier.ValueText}.Random");
                case LambdaExpressionSyntax or MethodDeclarationSyntax or LocalFunctionStatementSyntax:
                    return null;
            }
        }

        return null;
    }

    private static ITypeSymbol? ResultType(ParenthesizedLambdaExpressionSyntax sampler, SemanticModel model, CancellationToken token)
    {
        if (model.GetTypeInfo(sampler, token).ConvertedType is INamedTypeSymbol { DelegateInvokeMethod: { ReturnsVoid: false } invoke })
        {
            return invoke.ReturnType;
        }

        return sampler.ExpressionBody is { } body ? model.GetTypeInfo(body, token).Type : null;
    }

    private static SyntaxNode? Redirect(SyntaxNode scope, SemanticModel model, ExpressionSyntax stream, CancellationToken token)
    {
        var draws = new Dictionary<InvocationExpressionSyntax, InvocationExpressionSyntax>();
        foreach (var expression in scope.DescendantNodesAndSelf().OfType<ExpressionSyntax>())
        {
            if (expression.Parent is MemberAccessExpressionSyntax outer && outer.Name == expression
                || model.GetTypeInfo(expression, token).Type?.ToDisplayString() != "System.Random"
                || model.GetSymbolInfo(expression, token).Symbol is ITypeSymbol)
            {
                continue;
            }

            if (expression.Parent is not MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } access || access.Expression != expression
                || !IsSharedOrNew(expression, model, token) || Mapped(access.Name.Identifier.ValueText, invocation.ArgumentList.Arguments.Count) is not { } name)
            {
                return null;
            }

            draws[invocation] = invocation.WithExpression(access.WithExpression(stream.WithTriviaFrom(access.Expression)).WithName(SyntaxFactory.IdentifierName(name)));
        }

        return draws.Count == 0 ? null : scope.ReplaceNodes(draws.Keys, (original, _) => draws[original]);
    }

    private static bool IsSharedOrNew(ExpressionSyntax expression, SemanticModel model, CancellationToken token)
        => expression is BaseObjectCreationExpressionSyntax
            || model.GetSymbolInfo(expression, token).Symbol is IPropertySymbol { Name: "Shared", IsStatic: true };

    private static string? Mapped(string method, int arguments) => (method, arguments) switch
    {
        ("NextDouble", 0) => "NextDouble",
        ("Next", 1 or 2) => "NextInt",
        _ => null,
    };

    private static string FreeName(SyntaxNode scope, string name)
    {
        var used = new HashSet<string>(scope.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText));
        string candidate = name;
        for (int i = 2; used.Contains(candidate); i++)
        {
            candidate = name + i;
        }

        return candidate;
    }
}
