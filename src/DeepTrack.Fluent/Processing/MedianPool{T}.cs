using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Replaces blocks of <see cref="Factor"/> × <see cref="Factor"/> pixels (every plane) by their median (the mean of the two middle values for an even block),
/// dropping rows and columns that do not fill a block. Positional ground truth is rescaled: a block's centre maps to its pixel.
/// </summary>
/// <typeparam name="T">Real pixel type.</typeparam>
[Feature]
public sealed partial record MedianPool<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumber<T>
{
    /// <summary>Block size (≥ 1, at most the image size).</summary>
    public partial int Factor { get; init; } = 2;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(Factor >= 1 && Factor <= input.Height && Factor <= input.Width, Factor, $"the block must fit in the {input.Height}×{input.Width} image");
        return BlockReduction.Apply(input, Factor, static block => OrderStatistics.Median<T>(block));
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(Image<T> input) => AffineMapping.Pool(Factor, Factor);
}
