using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace DeepTrack.Fluent.Generators.Tests;

/// <summary>The C# examples of the README and the docs (design notes, physics) must compile as a user would write them, with the generator, without warnings.</summary>
public partial class ReadmeTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/design.md")]
    [InlineData("docs/physics.md")]
    public void Examples_compile_without_warnings(string document)
    {
        string text = File.ReadAllText(Path.Combine(CompilationHelper.SourceDirectory(), "..", "..", document));
        var blocks = CSharpBlock().Matches(text).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(blocks);
        foreach (string block in blocks)
        {
            var compilation = CompilationHelper.Compile(block);
            CompilationHelper.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
            Assert.Empty(generatorDiagnostics);
            var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, $"{document}:\n{string.Join("\n", problems)}");
        }
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
