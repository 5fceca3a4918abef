using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace DeepTrack.Fluent.GeneratorBench;

/// <summary>
/// Measures what the feature generator costs a build: writes a project of many features, then times
/// <c>dotnet build --no-incremental</c> of it with the generator and of the same records as plain
/// (non-partial) properties without the generator.
/// Usage: <c>dotnet run -c Release --project benchmarks/DeepTrack.Fluent.GeneratorBench -- [features] [runs]</c>.
/// </summary>
internal static class Program
{
    private const int PropertiesPerFeature = 5;

    private static int Main(string[] args)
    {
        int features = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        string repository = FindRepository();
        string runtime = Path.Combine(AppContext.BaseDirectory, "DeepTrack.Fluent.dll");
        string generator = Path.Combine(repository, "generators", "DeepTrack.Fluent.Generators", "bin", configuration, "netstandard2.0", "DeepTrack.Fluent.Generators.dll");
        if (!File.Exists(generator))
        {
            Console.Error.WriteLine($"The generator is not built at {generator}: build this benchmark with 'dotnet build -c {configuration}' first.");
            return 1;
        }

        string root = Path.Combine(Path.GetTempPath(), "dtf-generator-bench");
        string with = WriteProject(Path.Combine(root, "with"), features, runtime, generator);
        string without = WriteProject(Path.Combine(root, "without"), features, runtime, null);
        foreach (string project in new[] { with, without })
        {
            Dotnet(project, "restore");
            Dotnet(project, "build", "--no-restore", "-c", "Debug"); // warms the compiler server
        }

        var withTimes = new double[runs];
        var withoutTimes = new double[runs];
        var withCpu = new double[runs];
        var withoutCpu = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            (withTimes[i], withCpu[i]) = TimeBuild(with);
            (withoutTimes[i], withoutCpu[i]) = TimeBuild(without);
        }

        string generatedFolder = Path.Combine(Path.GetDirectoryName(with)!, "obj", "generated");
        int files = Directory.Exists(generatedFolder) ? Directory.GetFiles(generatedFolder, "*.g.cs", SearchOption.AllDirectories).Length : 0;
        long lines = Directory.Exists(generatedFolder)
            ? Directory.GetFiles(generatedFolder, "*.g.cs", SearchOption.AllDirectories).Sum(f => (long)File.ReadLines(f).Count())
            : 0;
        Console.WriteLine($"features: {features} x {PropertiesPerFeature} properties, {runs} runs each");
        Console.WriteLine($"generated: {files} files, {lines} lines");
        Report("wall time", withTimes, withoutTimes);
        Report("CPU time ", withCpu, withoutCpu);
        return 0;
    }

    /// <summary>
    /// One full build, in one MSBuild node and with the compiler in a child process (no build server), so
    /// that the CPU time of the whole build is that of the waited-for children: on a shared machine CPU time
    /// varies far less than wall time.
    /// </summary>
    private static (double Wall, double Cpu) TimeBuild(string project)
    {
        double cpu = ChildrenCpuSeconds();
        var watch = Stopwatch.StartNew();
        Dotnet(project, "build", "--no-restore", "--no-incremental", "-c", "Debug", "-m:1", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        return (watch.Elapsed.TotalSeconds, ChildrenCpuSeconds() - cpu);
    }

    private static void Report(string what, double[] with, double[] without)
    {
        double a = Median(with);
        double b = Median(without);
        Console.WriteLine($"{what}  with generator: median {a:F2} s ({Join(with)}); without: median {b:F2} s ({Join(without)}); ratio {a / b:F2}");
    }

    private static string Join(double[] values) => string.Join(", ", values.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)));

    /// <summary>User plus system CPU time of all terminated, waited-for child processes (getrusage(RUSAGE_CHILDREN)).</summary>
    private static double ChildrenCpuSeconds()
    {
        var usage = new long[18];
        if (!OperatingSystem.IsLinux() || GetResourceUsage(-1, usage) != 0)
        {
            return double.NaN;
        }

        return usage[0] + (usage[1] / 1e6) + usage[2] + (usage[3] / 1e6);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, [System.Runtime.InteropServices.Out] long[] usage);

    private static string WriteProject(string folder, int features, string runtime, string? generator)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        string analyzer = generator is null ? string.Empty : $"""<Analyzer Include="{generator}" />""";
        File.WriteAllText(Path.Combine(folder, "Bench.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>preview</LangVersion>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>obj/generated</CompilerGeneratedFilesOutputPath>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{runtime}" />
                {analyzer}
              </ItemGroup>
            </Project>
            """);
        for (int i = 0; i < features; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"Feature{i}.cs"), FeatureSource(i, generator is not null));
        }

        return Path.Combine(folder, "Bench.csproj");
    }

    private static string FeatureSource(int index, bool generated)
    {
        string partial = generated ? "partial " : string.Empty;
        var source = new StringBuilder();
        source.AppendLine("using DeepTrack.Fluent;");
        source.AppendLine("namespace Bench;");
        source.AppendLine();
        if (generated)
        {
            source.AppendLine("[Feature]");
        }

        source.AppendLine($"public sealed {partial}record Spot{index} : Feature<double, double>");
        source.AppendLine("{");
        source.AppendLine($"    [Positive] public {partial}double Radius {{ get; init; }} = 1;");
        source.AppendLine($"    public {partial}double Intensity {{ get; init; }} = 2;");
        source.AppendLine($"    public {partial}int Count {{ get; init; }} = 3;");
        source.AppendLine($"    public {partial}bool Enabled {{ get; init; }} = true;");
        source.AppendLine($"    public {partial}PixelPosition Position {{ get; init; }}");
        source.AppendLine("    protected override double Compute(double input, FeatureContext context)");
        source.AppendLine("        => Enabled ? input * Radius * Intensity + Count + Position.Row : input;");
        source.AppendLine("}");
        return source.ToString();
    }

    private static void Dotnet(string project, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(arguments[0]);
        start.ArgumentList.Add(project);
        foreach (string argument in arguments.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("-nologo");
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed for {project}:\n{output}");
        }
    }

    private static double Median(double[] values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted[sorted.Length / 2];
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DeepTrack.Fluent.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from its build output inside the repository.");
    }
}
