using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent;

/// <summary>
/// A feature that merges the list of images it receives into one image, for example a camera that sums the
/// images of its particles: <c>(spot ^ 5) &gt;&gt; camera</c>. The counterpart of <see cref="AppendFeature{T}"/>.
/// </summary>
/// <typeparam name="T">Pixel type.</typeparam>
public abstract record MergeFeature<T> : Feature<IReadOnlyList<Image<T>>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>
    /// The fewest images the merge accepts (0 by default: an empty list is a valid draw of <c>feature ^ n</c> with
    /// n = 0). A shorter list is refused with a message that names the feature.
    /// </summary>
    protected virtual int MinimumImages => 0;

    /// <summary>Merges the images. Runs on the resolved copy.</summary>
    /// <param name="images">The images, at least <see cref="MinimumImages"/> of them.</param>
    /// <param name="context">Seeded randomness and evaluation of child features.</param>
    /// <returns>The merged image.</returns>
    protected abstract Image<T> Merge(IReadOnlyList<Image<T>> images, FeatureContext context);

    /// <inheritdoc />
    protected sealed override Image<T> Compute(IReadOnlyList<Image<T>> input, FeatureContext context)
    {
        Require(input.Count >= MinimumImages, input.Count, $"it merges at least {MinimumImages} image{(MinimumImages == 1 ? "" : "s")}", "input");
        return Merge(input, context);
    }
}
