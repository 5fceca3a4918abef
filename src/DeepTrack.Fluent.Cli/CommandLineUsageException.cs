using System;

namespace DeepTrack.Fluent.Cli;

/// <summary>A command line that asks for something impossible (an unknown pipeline, a shard out of range): the host prints the message and exits with code 2.</summary>
public sealed class CommandLineUsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what to write instead.</param>
    public CommandLineUsageException(string message)
        : base(message)
    {
    }
}
