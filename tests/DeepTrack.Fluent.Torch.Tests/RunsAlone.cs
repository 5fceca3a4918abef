namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>
/// Tests that run after the others, one at a time: the soak tests (whose garbage collections would slow the others down),
/// tests of torch's global generator, tests of TorchSharp's own optimisers (which can crash when another test allocates),
/// and measurements of the process's resident memory.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
