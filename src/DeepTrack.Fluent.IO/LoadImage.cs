namespace DeepTrack.Fluent.IO;

/// <summary>
/// Starts a pipeline with an experimental image: image <see cref="Index"/> of an <see cref="ImageSource"/> (DeepTrack
/// 2.0's <c>LoadImage</c>). Draw the index per sample for real backgrounds (<see cref="ImageSource.Random"/>) or step it
/// per frame for a real movie (<see cref="ImageSource.Consecutive"/>); the ground truth records which image was used.
/// </summary>
/// <remarks>
/// The output is a fresh copy for every evaluation, so later features cannot alter the source's images. Combine it with
/// simulated images by arithmetic (<c>simulated + background</c>, same size) or feed it to augmentations
/// (<c>load &gt;&gt; new FlipLeftRight&lt;double&gt;()</c>).
/// </remarks>
/// <param name="Source">The images to choose from.</param>
[Feature]
public sealed partial record LoadImage(ImageSource Source) : Feature<NoInput, Image<double>>
{
    /// <summary>Which image of <see cref="Source"/> (0 … Count − 1; the first by default).</summary>
    [NonNegative]
    public partial int Index { get; init; } = 0;

    /// <inheritdoc />
    protected override Image<double> Compute(NoInput input, FeatureContext context)
    {
        Require(Index < Source.Count, Index, $"must be < {Source.Count}, the number of images in {Source}");
        return Source.Load(Index);
    }
}
