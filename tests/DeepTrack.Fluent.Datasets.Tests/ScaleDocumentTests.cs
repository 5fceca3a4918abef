using System.Diagnostics;
using DeepTrack.Fluent.Datasets.Export;
using YamlDotNet.RepresentationModel;

namespace DeepTrack.Fluent.Datasets.Tests;

/// <summary>The Kubernetes manifest and the Slurm script of docs/scale.md are valid and, run as written, export shards of one dataset.</summary>
public class ScaleDocumentTests
{
    [Fact]
    public void The_indexed_job_passes_its_completion_index_as_the_shard_and_its_arguments_run_the_sample()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(MarkdownBlocks.Of("yaml", "docs", "scale.md").Single()));
        var job = (YamlMappingNode)yaml.Documents.Single().RootNode;
        Assert.Equal("batch/v1", Scalar(job, "apiVersion"));
        Assert.Equal("Job", Scalar(job, "kind"));
        var spec = (YamlMappingNode)job["spec"];
        Assert.Equal("Indexed", Scalar(spec, "completionMode"));
        var pod = (YamlMappingNode)((YamlMappingNode)spec["template"])["spec"];
        Assert.Equal("Never", Scalar(pod, "restartPolicy"));
        var container = (YamlMappingNode)((YamlSequenceNode)pod["containers"]).Single();
        var args = ((YamlSequenceNode)container["args"]).Select(a => ((YamlScalarNode)a).Value!).ToList();
        Assert.Equal("export", args[0]);
        Assert.Equal("$(JOB_COMPLETION_INDEX)", After(args, "--shard"));
        Assert.Equal(Scalar(spec, "completions"), After(args, "--shards"));
        Assert.Equal(Scalar(spec, "completions"), Scalar(spec, "parallelism"));
        Assert.StartsWith(Scalar((YamlMappingNode)((YamlSequenceNode)container["volumeMounts"]).Single(), "mountPath") + "/", After(args, "--out"), StringComparison.Ordinal);

        // The same arguments, as Kubernetes expands them for four pods, on a smaller range.
        using var folder = new TempDirectory();
        var results = Enumerable.Range(0, 4)
            .Select(k => SampleProgram.Start(folder.Path, [.. Replace(args, ("$(JOB_COMPLETION_INDEX)", $"{k}"), ("--shards", "4"), ("--count", "16"), ("--samples-per-file", "4"), ("--out", "data"))]))
            .ToList()
            .Select(p => p.Wait())
            .ToList();
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        var manifest = DatasetManifest.Read(folder.File("data/manifest.json"));
        Assert.Equal(("spots", 16L, "npz", 4), (manifest.Pipeline, manifest.Count, manifest.Format, manifest.Files.Count));
    }

    [Fact]
    public void The_slurm_script_is_valid_bash_and_its_array_tasks_write_the_shards_of_one_export()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // The script is for Slurm clusters, which run Linux; bash is not part of Windows.
        }

        string script = MarkdownBlocks.Of("bash", "docs", "scale.md").Single(b => b.Contains("#SBATCH", StringComparison.Ordinal));
        Assert.StartsWith("#!/bin/bash\n", script, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --array=0-15\n", script, StringComparison.Ordinal);
        Assert.Contains("--shard \"$SLURM_ARRAY_TASK_ID\"", script, StringComparison.Ordinal);
        using var folder = new TempDirectory();
        string path = folder.File("export.sh");
        File.WriteAllText(path, script);
        Assert.Equal(0, Bash(folder.Path, [], "-n", path).ExitCode);

        // Four array tasks, with the variables Slurm sets, on a smaller range.
        var runs = Enumerable.Range(0, 4).Select(k => Bash(folder.Path, new()
        {
            ["SLURM_ARRAY_TASK_ID"] = $"{k}",
            ["SLURM_ARRAY_TASK_COUNT"] = "4",
            ["SLURM_CPUS_PER_TASK"] = "1",
            ["PROGRAM"] = SampleProgram.Path,
            ["OUT"] = folder.File("spots"),
            ["COUNT"] = "12",
            ["PER_FILE"] = "3",
        }, path)).ToList();
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Output));
        Assert.Contains(runs, r => r.Output.Contains("export spots shard 2/4", StringComparison.Ordinal));
        Assert.Equal(4, DatasetManifest.Read(folder.File("spots/manifest.json")).Files.Count);
    }

    private static (int ExitCode, string Output) Bash(string directory, Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static IEnumerable<string> Replace(List<string> args, params (string Key, string Value)[] replacements)
    {
        for (int i = 0; i < args.Count; i++)
        {
            var exact = replacements.FirstOrDefault(r => r.Key == args[i] && r.Key.StartsWith('$'));
            if (exact.Key is not null)
            {
                yield return exact.Value;
                continue;
            }

            yield return args[i];
            var option = replacements.FirstOrDefault(r => r.Key == args[i]);
            if (option.Key is not null)
            {
                yield return option.Value;
                i++;
            }
        }
    }

    private static string After(List<string> args, string option) => args[args.IndexOf(option) + 1];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;
}
