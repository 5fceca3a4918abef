using System;
using System.IO;

namespace DeepTrack.Fluent.IO;

/// <summary>An image file could not be read or written: the message names the file and says why.</summary>
public sealed class ImageFileException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="reason">Why it failed, as a sentence.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public ImageFileException(string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
        FilePath = path;
        Reason = reason;
    }

    /// <summary>The file.</summary>
    public string FilePath { get; }

    /// <summary>Why it failed.</summary>
    public string Reason { get; }
}
