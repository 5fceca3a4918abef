using System.Diagnostics;

namespace DeepTrack.Fluent.PackageTests;

/// <summary>
/// Runs the dotnet CLI in a clean environment (no MSBuild settings inherited from the test host), optionally with
/// its own NuGet package cache (only for projects outside the repository: a restore of a repository project with
/// another cache would point its obj/ assets at a folder that is deleted after the test).
/// </summary>
internal static class DotnetCli
{
    public static (int ExitCode, string Output) Run(string workingDirectory, string? nugetPackages, params string[] arguments)
        => RunProgram("dotnet", workingDirectory, nugetPackages is null ? [] : [("NUGET_PACKAGES", nugetPackages)], arguments);

    /// <summary>Runs any program (e.g. bash running dotnet commands) in the same clean environment, with extra variables.</summary>
    public static (int ExitCode, string Output) RunProgram(string program, string workingDirectory, IReadOnlyList<(string Name, string Value)> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
