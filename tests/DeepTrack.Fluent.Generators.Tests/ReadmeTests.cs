using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace DeepTrack.Fluent.Generators.Tests;

/// <summary>The C# examples of the README and the docs must compile as a user would write them, with the generator, without warnings.</summary>
public partial class ReadmeTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/physics.md")]
    public void Readme_example_compiles_without_warnings(string document)
    {
        string readme = File.ReadAllText(Path.Combine(CompilationHelper.SourceDirectory(), "..", "..", document));
        var blocks = CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(blocks);
        foreach (string block in blocks)
        {
            var compilation = CompilationHelper.Compile(block);
            CompilationHelper.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
            Assert.Empty(generatorDiagnostics);
            var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
