using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// A statistic across a list of images of one shape, pixel by pixel, e.g. the median of a movie's frames as its
/// background: <c>movie &gt;&gt; new ReduceImages&lt;double&gt;().WithFunction(Reduction.Median)</c>.
/// </summary>
/// <typeparam name="T">Floating-point pixel type.</typeparam>
[Feature]
public sealed partial record ReduceImages<T> : MergeFeature<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The statistic.</summary>
    public partial Reduction Function { get; init; } = Reduction.Mean;

    /// <summary>The probability of <see cref="Reduction.Quantile"/>, in [0, 1].</summary>
    [Probability]
    public partial double Probability { get; init; } = 0.5;

    /// <inheritdoc />
    protected override int MinimumImages => 1;

    /// <inheritdoc />
    protected override Image<T> Merge(IReadOnlyList<Image<T>> input, FeatureContext context)
    {
        var first = input[0];
        foreach (var image in input)
        {
            Require(image.Height == first.Height && image.Width == first.Width && image.Depth == first.Depth, image, $"every image must have the shape of the first ({first})", "input");
        }

        var result = first.CreateLike();
        var target = result.AsWritableSpan();
        var values = new T[input.Count];
        for (int i = 0; i < target.Length; i++)
        {
            for (int k = 0; k < values.Length; k++)
            {
                values[k] = input[k].AsSpan()[i];
            }

            target[i] = Statistics.Of<T>(values, Function, Probability);
        }

        return result;
    }
}
