using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Takes one plane (channel) of an image as a 2-D image (NumPy's <c>image[..., Index]</c>, or <c>np.squeeze</c> of
/// a one-plane image), e.g. <c>image &gt;&gt; new SelectPlane&lt;double&gt;().WithIndex(1)</c>. A 2-D image is its own
/// plane 0. <see cref="AddPlaneAxis{T}"/> is the inverse for one plane.
/// </summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record SelectPlane<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>The plane taken, from 0 (first) to the image's depth − 1.</summary>
    [NonNegative]
    public partial int Index { get; init; } = 0;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(Index < input.Depth, Index, $"the image has {input.Depth} plane(s), so the index must be < {input.Depth}");
        if (input.Rank == 2)
        {
            return input;
        }

        var result = new Image<T>(input.Height, input.Width);
        input.Plane(Index).CopyTo(result.AsWritableSpan());
        return result;
    }
}
