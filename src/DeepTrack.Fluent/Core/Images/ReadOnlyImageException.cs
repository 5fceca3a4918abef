using System;

namespace DeepTrack.Fluent;

/// <summary>
/// Thrown when code writes into a read-only image: one returned by a feature or given to a pipeline, which the
/// pipeline memoises and may share between samples. Names the feature that wrote, when it happened in a feature.
/// </summary>
public sealed class ReadOnlyImageException : InvalidOperationException
{
    private const string Fix = "write into an image you create instead: image.Clone() (a copy), image.CreateLike() (zeros of the same shape and ground truth) or new Image<T>(…), and return that";

    /// <summary>Creates the exception for an image written outside any feature.</summary>
    /// <param name="image">The image, as text (e.g. <c>Image&lt;Double&gt;[64×64]</c>).</param>
    public ReadOnlyImageException(string image)
        : base($"{image} is read-only: it was returned by a feature or given to a pipeline, which may share it between samples; {Fix}.")
    {
        Image = image;
    }

    private ReadOnlyImageException(string image, string feature, Exception inner)
        : base($"{feature} wrote into {image}, which is read-only (its input, or an image returned by another feature, which the pipeline may share between samples). A feature's Compute must not modify images it did not create: {Fix}.", inner)
    {
        Image = image;
        FeatureName = feature;
    }

    /// <summary>The image written, as text.</summary>
    public string Image { get; }

    /// <summary>The feature whose computation wrote into the image, or null outside a feature.</summary>
    public string? FeatureName { get; }

    /// <summary>The same failure, attributed to the feature being computed.</summary>
    /// <param name="feature">The feature's name.</param>
    /// <param name="write">The exception thrown where the image was written (kept as the inner exception for its stack trace).</param>
    /// <returns>The exception to throw instead.</returns>
    internal ReadOnlyImageException InFeature(string feature, ReadOnlyImageException write) => new(Image, feature, write);
}
