using System.Text.RegularExpressions;
using DeepTrack.Fluent.Testing;

namespace DeepTrack.Fluent.Tests.Architecture;

/// <summary>
/// The folder ↔ namespace rule of docs/design.md, checked on every source file of every package: a file's namespace
/// is its package's namespace followed by its folders, except the grouping folders listed here (and in the docs),
/// which order files without adding a namespace segment.
/// </summary>
public partial class NamespaceRuleTests
{
    /// <summary>Per package: its namespace and its grouping folders (paths relative to the package folder).</summary>
    private static readonly Dictionary<string, (string Namespace, string[] Grouping)> Packages = new()
    {
        ["DeepTrack.Fluent"] = ("DeepTrack.Fluent", ["Core", "Core/Environment", "Core/Evaluation", "Core/Features", "Core/GroundTruth", "Core/Images", "Core/Operators", "Core/Properties", "Core/Randomness", "Units", "Validation", "Physics/Holography", "Physics/Optics", "Physics/Sample", "Physics/Scatterers"]),
        ["DeepTrack.Fluent.Torch"] = ("DeepTrack.Fluent.Torch", ["Application", "Data", "Fft", "Inference", "Models", "Training"]),
        ["DeepTrack.Fluent.Cli.Torch"] = ("DeepTrack.Fluent.Cli", []),
        ["DeepTrack.Fluent.Cli"] = ("DeepTrack.Fluent.Cli", []),
        ["DeepTrack.Fluent.Datasets"] = ("DeepTrack.Fluent.Datasets", []),
        ["DeepTrack.Fluent.IO"] = ("DeepTrack.Fluent.IO", []),
        ["DeepTrack.Fluent.Gpu"] = ("DeepTrack.Fluent.Gpu", []),
    };

    [Fact]
    public void Every_package_is_listed()
    {
        var packages = Directory.GetDirectories(RepositoryPaths.Combine("src")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(Packages.Keys.Order(), packages);
    }

    [Fact]
    public void Every_source_file_is_in_the_namespace_of_its_folder()
    {
        var wrong = new List<string>();
        foreach (var (package, (root, grouping)) in Packages)
        {
            string folder = RepositoryPaths.Combine("src", package);
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(folder, Path.GetDirectoryName(file)!).Replace('\\', '/');
                if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
                {
                    continue;
                }

                string expected = Expected(root, relative, grouping);
                var declared = NamespaceDeclaration().Match(File.ReadAllText(file));
                if (!declared.Success || declared.Groups[1].Value != expected)
                {
                    wrong.Add($"{package}/{relative}/{Path.GetFileName(file)}: {(declared.Success ? declared.Groups[1].Value : "no namespace")}, expected {expected}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>
    /// Test projects whose package has folders: the tests mirror the package folder for folder (a test lies in the folder
    /// of the code it tests), with the same grouping folders, plus the test-only folders listed here.
    /// </summary>
    private static readonly Dictionary<string, (string Package, string[] TestOnly)> MirroringTests = new()
    {
        // Architecture: rules about the code itself; Robustness: bad-input tables across all features; Features: the
        // feature declarations that many tests share.
        ["DeepTrack.Fluent.Tests"] = ("DeepTrack.Fluent", ["Architecture", "Robustness", "Features"]),
        ["DeepTrack.Fluent.Datasets.Tests"] = ("DeepTrack.Fluent.Datasets", []),
        ["DeepTrack.Fluent.Torch.Tests"] = ("DeepTrack.Fluent.Torch", []),
    };

    [Fact]
    public void Tests_mirror_the_folders_of_their_package_and_take_their_namespaces()
    {
        var wrong = new List<string>();
        foreach (var (project, (package, testOnly)) in MirroringTests)
        {
            string folder = RepositoryPaths.Combine("tests", project);
            string sources = RepositoryPaths.Combine("src", package);
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(folder, Path.GetDirectoryName(file)!).Replace('\\', '/');
                if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
                {
                    continue;
                }

                string top = relative.Split('/')[0];
                if (relative != "." && !testOnly.Contains(top) && !Directory.Exists(Path.Combine(sources, relative)))
                {
                    wrong.Add($"{project}/{relative}/{Path.GetFileName(file)}: src/{package} has no folder {relative}");
                    continue;
                }

                string expected = Expected(project, relative, Packages[package].Grouping);
                var declared = NamespaceDeclaration().Match(File.ReadAllText(file));
                if (!declared.Success || declared.Groups[1].Value != expected)
                {
                    wrong.Add($"{project}/{relative}/{Path.GetFileName(file)}: {(declared.Success ? declared.Groups[1].Value : "no namespace")}, expected {expected}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>The namespace of a folder: the package's, then each folder that is not a grouping folder.</summary>
    private static string Expected(string root, string relative, string[] grouping)
    {
        if (relative == ".")
        {
            return root;
        }

        var parts = relative.Split('/');
        var segments = new List<string>();
        for (int i = 0; i < parts.Length; i++)
        {
            string path = string.Join('/', parts[..(i + 1)]);
            if (!grouping.Contains(path))
            {
                segments.Add(parts[i]);
            }
        }

        return segments.Count == 0 ? root : root + "." + string.Join('.', segments);
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
