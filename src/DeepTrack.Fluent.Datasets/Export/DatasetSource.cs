using System;
using System.Numerics;
using DeepTrack.Fluent.Datasets.Layout;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>Makes <see cref="DatasetSource{TSample}"/>s.</summary>
public static class DatasetSource
{
    /// <summary>A built pipeline with a layout.</summary>
    /// <typeparam name="TIn">The pipeline's input type (its default input is used: nothing, or an empty list).</typeparam>
    /// <typeparam name="TSample">The pipeline's output type.</typeparam>
    /// <param name="name">The dataset's name, also the prefix of its file names (letters, digits, '-' and '_').</param>
    /// <param name="pipeline">The pipeline, built with the dataset's seed.</param>
    /// <param name="layout">What to store of each sample.</param>
    /// <returns>The source.</returns>
    public static DatasetSource<TSample> Create<TIn, TSample>(string name, Pipeline<TIn, TSample> pipeline, SampleLayout<TSample> layout)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return new(name, pipeline.Seed, pipeline.Features, PipelineDescription.Of(pipeline), (start, count, threads) => pipeline.Generate(count, start, threads), layout);
    }

    /// <summary>A pipeline of images, stored as one array <c>image</c> with each image's ground truth.</summary>
    /// <typeparam name="TIn">The pipeline's input type.</typeparam>
    /// <typeparam name="T">The pixel type.</typeparam>
    /// <param name="name">The dataset's name.</param>
    /// <param name="pipeline">The pipeline, built with the dataset's seed.</param>
    /// <param name="asFloat32">Store 64-bit pixels as 32-bit floats.</param>
    /// <returns>The source.</returns>
    public static DatasetSource<Image<T>> Images<TIn, T>(string name, Pipeline<TIn, Image<T>> pipeline, bool asFloat32 = false)
        where T : unmanaged, INumberBase<T>
        => Create(name, pipeline, SampleLayout.Image<T>(asFloat32));
}
