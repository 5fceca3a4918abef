using System;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>An export that cannot go on: a sample that fails or does not fit the layout, or a folder that holds another export.</summary>
public sealed class DatasetExportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and how to go on.</param>
    /// <param name="inner">The cause, if any.</param>
    public DatasetExportException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
