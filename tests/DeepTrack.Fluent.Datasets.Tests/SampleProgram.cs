using System.Diagnostics;
using System.Reflection;
using System.Threading.Tasks;
using DeepTrack.Fluent.Testing;

namespace DeepTrack.Fluent.Datasets.Tests;

/// <summary>Runs samples/DatasetExport (built with the tests, from its own output folder) as a separate process.</summary>
internal static class SampleProgram
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    public static string Path { get; } = RepositoryPaths.Combine(
        typeof(SampleProgram).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "DatasetExportSample").Value!.Split('/'));

    public static Result Run(string workingDirectory, params string[] arguments) => Start(workingDirectory, arguments).Wait();

    public static Running Start(string workingDirectory, params string[] arguments)
    {
        Assert.True(File.Exists(Path), $"The sample is built with the tests; {Path} is missing.");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("DEEPTRACK_STACKTRACE");
        var process = Process.Start(start)!;
        return new Running(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), string.Join(' ', arguments));
    }

    public sealed record Result(int ExitCode, string Output, string Error, string Command)
    {
        public override string ToString() => $"`{Command}` exited with {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    public sealed class Running(Process process, Task<string> output, Task<string> error, string command)
    {
        public Result Wait()
        {
            using (process)
            {
                if (!process.WaitForExit(Limit))
                {
                    process.Kill(entireProcessTree: true);
                    Assert.Fail($"`{command}` ran longer than {Limit}.");
                }

                return new Result(process.ExitCode, output.Result, error.Result, command);
            }
        }
    }
}
