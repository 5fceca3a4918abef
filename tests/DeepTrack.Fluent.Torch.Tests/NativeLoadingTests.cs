using System.Text;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>TorchSharp's native library loads from the build output (patched by the package's build targets when needed).</summary>
public sealed class NativeLoadingTests
{
    [Fact]
    public void A_torch_operation_runs()
    {
        using var a = tensor(new float[] { 1, 2, 3, 4 }).reshape(2, 2);
        using var b = a.matmul(a);
        using var c = nn.functional.relu(b - 10).sum();
        Assert.Equal(new float[] { 7, 10, 15, 22 }, b.data<float>().ToArray());
        Assert.Equal(17f, c.item<float>());
    }

    [Fact]
    public void The_build_changes_one_flag_byte_of_the_output_copy_and_leaves_the_package_cache_alone()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        string output = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string cached = Path.Combine(packages, "torchsharp", "0.107.0", "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        Assert.True(File.Exists(output), $"expected the native library at {output}");
        if (!File.Exists(cached))
        {
            return;
        }

        byte[] patched = File.ReadAllBytes(output);
        byte[] original = File.ReadAllBytes(cached);
        Assert.Equal(original.Length, patched.Length);
        var differences = Enumerable.Range(0, original.Length).Where(i => original[i] != patched[i]).ToArray();

        bool hostHasVersion = HostLibstdcxx() is { } library
            && Encoding.ASCII.GetString(File.ReadAllBytes(library)).Contains("GLIBCXX_3.4.32\0", StringComparison.Ordinal);
        if (hostHasVersion)
        {
            Assert.Empty(differences);
        }
        else
        {
            int difference = Assert.Single(differences);
            Assert.Equal(original[difference] | 0x2, patched[difference]);
        }
    }

    private static string? HostLibstdcxx()
        => new[] { "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib" }
            .Select(directory => Path.Combine(directory, "libstdc++.so.6"))
            .FirstOrDefault(File.Exists);
}
