using System.Numerics;
using DeepTrack.Fluent.Datasets.Layout;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>Shortcuts for <see cref="DatasetSource{TSample}"/>.</summary>
public static class DatasetSource
{
    /// <summary>A pipeline of images, stored as one array <c>image</c> with each image's ground truth.</summary>
    /// <typeparam name="T">The pixel type.</typeparam>
    /// <param name="name">The dataset's name.</param>
    /// <param name="pipeline">The pipeline, built with the dataset's seed.</param>
    /// <param name="asFloat32">Store 64-bit pixels as 32-bit floats.</param>
    /// <returns>The source.</returns>
    public static DatasetSource<Image<T>> Images<T>(string name, Pipeline<NoInput, Image<T>> pipeline, bool asFloat32 = false)
        where T : unmanaged, INumberBase<T>
        => new(name, pipeline, SampleLayout.Image<T>(asFloat32));
}
