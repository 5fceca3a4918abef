using System.CommandLine;

namespace DeepTrack.Fluent.Cli;

/// <summary>
/// A verb of the command line. The host's own verbs (<c>list</c>, <c>preview</c>, <c>export</c>, <c>stats</c>) are
/// verbs like any other; a package adds its own with <see cref="DeepTrackAppBuilder.Verb"/>, typically from an
/// extension method on <see cref="DeepTrackAppBuilder"/> (the Torch bridge adds <c>train</c> and <c>apply</c> so).
/// </summary>
public abstract class AppVerb
{
    /// <summary>The verb's name, as typed after the program's name.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Creates the command: its options and its action. Read the shared <c>--pipeline</c> and <c>--seed</c> through
    /// <paramref name="context"/>, report long work with <see cref="VerbContext.RunWithProgress{T}"/>, and throw
    /// <see cref="CommandLineUsageException"/> for a request that cannot be met.
    /// </summary>
    /// <param name="context">The registered pipelines, the consoles and the shared options.</param>
    /// <returns>The command, named <see cref="Name"/>.</returns>
    public abstract Command CreateCommand(VerbContext context);
}
