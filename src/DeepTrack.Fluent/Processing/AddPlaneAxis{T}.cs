using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Makes a 2-D image a 3-D image of one plane (NumPy's <c>image[..., np.newaxis]</c>), e.g. for a network that
/// expects a channel axis: <c>image &gt;&gt; new AddPlaneAxis&lt;double&gt;()</c>. <see cref="SelectPlane{T}"/> is
/// the inverse.
/// </summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record AddPlaneAxis<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(input.Rank == 2, input, "the image must be 2-D: a 3-D image already has a plane axis", "input");
        return Image<T>.Wrap(input.AsSpan().ToArray(), input.Height, input.Width, 1);
    }
}
