namespace DeepTrack.Fluent.Generators.Tests;

/// <summary>
/// Approval of generated source: compares with Snapshots/NAME.verified.cs; on a difference writes
/// NAME.received.cs next to it (git-ignored) and fails. Accept by renaming received to verified.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        string directory = Path.Combine(CompilationHelper.SourceDirectory(), "Snapshots");
        string verified = Path.Combine(directory, name + ".verified.cs");
        string received = Path.Combine(directory, name + ".received.cs");
        string? expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {name}.verified.cs yet; the output was written to {received}."
            : $"Generated source differs from {verified}; the new output is in {received}.");
    }
}
