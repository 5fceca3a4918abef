using System.Diagnostics;

namespace DeepTrack.Fluent.Samples.Tests;

/// <summary>Every case study starts through the shared entry point: usage for --help; for a bad option its message, the usage and exit code 2.</summary>
public class SampleCommandLineTests
{
    public static TheoryData<string> Samples =>
        ["CellCounting", "CellImageGeneration", "HolographicTracking", "LodeStar", "Mnist", "MultiParticleDetection", "ParticleCharacterization", "ParticleLocalization"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Help_prints_the_usage_and_a_bad_option_exits_with_2_and_no_stack_trace(string sample)
    {
        var help = Run(sample, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains($"samples/{sample}", help.Output);
        Assert.Contains("--seed", help.Output);

        var bad = Run(sample, "--frobnicate");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--frobnicate", bad.Error);
        Assert.Contains($"samples/{sample}", bad.Error);
        Assert.DoesNotContain("   at ", bad.Error);
        Assert.Equal("", bad.Output);
    }

    private static (int ExitCode, string Output, string Error) Run(string sample, string argument)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, sample + ".dll"));
        start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), $"{sample} {argument} did not exit within a minute");
        return (process.ExitCode, output, error.Result);
    }
}
