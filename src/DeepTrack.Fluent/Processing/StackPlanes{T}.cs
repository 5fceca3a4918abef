using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Stacks a list of 2-D images of one shape into one 3-D image with a plane (channel) per image, in list order
/// (NumPy's <c>np.stack(images, axis=-1)</c>), e.g. <c>channels &gt;&gt; new StackPlanes&lt;double&gt;()</c>.
/// The ground truth of every image travels with the stack.
/// </summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record StackPlanes<T> : MergeFeature<T>
    where T : unmanaged, INumberBase<T>
{
    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override int MinimumImages => 1;

    /// <inheritdoc />
    protected override Image<T> Merge(IReadOnlyList<Image<T>> input, FeatureContext context)
    {
        var first = input[0];
        foreach (var image in input)
        {
            Require(image.Rank == 2, image, "every image must be 2-D (take one plane of a 3-D image with SelectPlane)", "input");
            Require(image.Height == first.Height && image.Width == first.Width, image, $"every image must have the shape of the first ({first})", "input");
        }

        var result = new Image<T>(first.Height, first.Width, input.Count);
        for (int z = 0; z < input.Count; z++)
        {
            input[z].AsSpan().CopyTo(result.WritablePlane(z));
        }

        return result;
    }
}
