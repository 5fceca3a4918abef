using System;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>What to export: a built pipeline (its seed fixes every sample), a name, and what to store of each sample.</summary>
/// <typeparam name="TSample">The pipeline's output type.</typeparam>
public sealed class DatasetSource<TSample>
{
    /// <summary>Creates a source.</summary>
    /// <param name="name">The dataset's name, also the prefix of its file names (letters, digits, '-' and '_').</param>
    /// <param name="pipeline">The pipeline, built with the seed of the dataset.</param>
    /// <param name="layout">What to store of each sample.</param>
    public DatasetSource(string name, Pipeline<NoInput, TSample> pipeline, Layout.SampleLayout<TSample> layout)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                throw new ArgumentException($"'{name}' cannot prefix file names: use letters, digits, '-' and '_'.", nameof(name));
            }
        }

        Name = name;
        Pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        Layout = layout ?? throw new ArgumentNullException(nameof(layout));
        if (layout.Fields.Count == 0)
        {
            throw new ArgumentException($"The layout of '{name}' has no fields: add an image or numbers to store.", nameof(layout));
        }
    }

    /// <summary>The dataset's name.</summary>
    public string Name { get; }

    /// <summary>The pipeline.</summary>
    public Pipeline<NoInput, TSample> Pipeline { get; }

    /// <summary>What is stored of each sample.</summary>
    public Layout.SampleLayout<TSample> Layout { get; }
}
