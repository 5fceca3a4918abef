using System.Reflection;
using DeepTrack.Fluent.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DeepTrack.Fluent.Analyzers.Tests;

/// <summary>The diagnostic catalogue is complete and consistent with the release notes, the documentation and the analyzers.</summary>
public class CatalogueTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void Ids_are_unique_and_sequential()
    {
        var ids = Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Enumerable.Range(1, ids.Length).Select(i => $"DTF{i:0000}"), ids);
    }

    [Fact]
    public void Every_descriptor_has_a_documentation_page_and_a_release_entry()
    {
        string root = DeepTrack.Fluent.Testing.RepositoryPaths.Root;
        string unshipped = File.ReadAllText(Path.Combine(root, "analyzers", "DeepTrack.Fluent.Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Descriptors)
        {
            Assert.Equal(DiagnosticDescriptors.HelpLinkBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            string page = Path.Combine(root, "docs", "diagnostics", descriptor.Id + ".md");
            Assert.True(File.Exists(page), page);
            string text = File.ReadAllText(page);
            Assert.Contains($"# {descriptor.Id}: {descriptor.Title}", text);
            Assert.Contains("## Wrong", text);
            Assert.Contains("## Fix", text);
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", unshipped);
        }
    }

    [Fact]
    public void Every_descriptor_is_reported_by_exactly_one_analyzer_and_fixes_exist_only_for_reported_ids()
    {
        var analyzers = typeof(FeatureDeclarationAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToArray();
        var reported = analyzers.SelectMany(a => a.SupportedDiagnostics.Select(d => d.Id)).ToArray();
        Assert.Equal(Descriptors.Select(d => d.Id).Order(), reported.Order());

        var fixable = typeof(CodeFixes.AddPartialModifierCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .ToArray();
        Assert.Subset(reported.ToHashSet(), fixable.ToHashSet());
        Assert.Equal(["DTF0001", "DTF0002", "DTF0004", "DTF0005", "DTF0010", "DTF0013", "DTF0014", "DTF0017"], fixable.Order(StringComparer.Ordinal));
    }
}
