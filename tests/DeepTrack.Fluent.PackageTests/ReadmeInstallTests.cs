using System.Text.RegularExpressions;

namespace DeepTrack.Fluent.PackageTests;

/// <summary>
/// Follows the README as a new user would: runs its install commands word for word (with a fresh home folder, so
/// <c>~</c> is a temporary folder and nothing of the machine's NuGet state is used), then builds and runs the
/// README's first example as the new project's Program.cs.
/// </summary>
[Collection("Packing")]
public sealed class ReadmeInstallTests
{
    [Fact]
    public void The_install_commands_of_the_README_give_a_project_that_runs_its_first_example()
    {
        string readme = File.ReadAllText(Path.Combine(DeepTrack.Fluent.Testing.RepositoryPaths.Root, "README.md"));
        string install = Block(readme, "## Install in your own project", "bash");
        string example = Block(readme, "## A first pipeline", "csharp");
        Assert.Contains("dotnet add package DeepTrack.Fluent", install);

        string home = Directory.CreateTempSubdirectory("dtf-readme-").FullName;
        try
        {
            var commands = Run(DeepTrack.Fluent.Testing.RepositoryPaths.Root, home, "bash", "-euo", "pipefail", "-c", install);
            Assert.True(commands.ExitCode == 0, commands.Output);

            string project = Path.Combine(home, "MyPipelines");
            Assert.Contains("DeepTrack.Fluent", File.ReadAllText(Path.Combine(project, "MyPipelines.csproj")));
            File.WriteAllText(Path.Combine(project, "Program.cs"), WithCall(example, "Example.Run();"));

            var run = Run(project, home, "dotnet", "run", "-c", "Release");
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Matches(@"1000 images; first has spots at (\(\d+(\.\d+)?, \d+(\.\d+)?\)(, )?){5}", run.Output);
        }
        finally
        {
            // The build servers that the commands started with this home folder still write to its package folder
            // after the run; they are stopped first, and the folder (about 160 MB) is removed, tried a few times.
            Run(home, home, "dotnet", "build-server", "shutdown");
            Remove(home);
        }
    }

    /// <summary>Deletes <paramref name="folder"/>, trying again for a few seconds while something still writes to it.</summary>
    private static void Remove(string folder)
    {
        for (int attempt = 1; Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                System.Threading.Thread.Sleep(1000);
            }
            catch (IOException)
            {
                // Still in use after five tries: the folder is left to the system's cleaning of temporary files.
                return;
            }
        }
    }

    /// <summary>The first fenced block of <paramref name="language"/> after <paramref name="heading"/>.</summary>
    private static string Block(string markdown, string heading, string language)
    {
        int start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README has no section '{heading}'");
        var match = new Regex("```" + language + "\n(.*?)```", RegexOptions.Singleline).Match(markdown, start);
        Assert.True(match.Success, $"README's '{heading}' has no {language} block");
        return match.Groups[1].Value;
    }

    /// <summary>Inserts a top-level statement after the using directives.</summary>
    private static string WithCall(string source, string statement)
    {
        var lines = source.Split('\n').ToList();
        int last = lines.FindLastIndex(l => l.StartsWith("using ", StringComparison.Ordinal));
        lines.Insert(last + 1, statement);
        return string.Join('\n', lines);
    }

    /// <summary>Runs a program with a fresh home folder (so <c>~</c> and the NuGet cache are the test's own).</summary>
    private static (int ExitCode, string Output) Run(string directory, string home, string program, params string[] arguments)
        => DotnetCli.RunProgram(program, directory, [("HOME", home), ("DOTNET_CLI_HOME", home), ("NUGET_PACKAGES", Path.Combine(home, ".nuget", "packages"))], arguments);
}
