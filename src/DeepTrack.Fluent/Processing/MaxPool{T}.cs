using System.Numerics;
using System.Numerics.Tensors;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Replaces blocks of pixels by their maximum: <see cref="Factor"/> × <see cref="Factor"/> pixels of every plane, or <see cref="RowFactor"/> ×
/// <see cref="ColumnFactor"/> × <see cref="PlaneFactor"/> (DeepTrack 2.0's per-axis <c>ksize</c>), dropping rows,
/// columns and planes that do not fill a block. Positional ground truth is rescaled: a block's centre maps to its pixel.
/// </summary>
/// <typeparam name="T">Real pixel type.</typeparam>
[Feature]
public sealed partial record MaxPool<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumber<T>
{
    /// <summary>Block side in rows and columns (1 to the image size) where <see cref="RowFactor"/> or <see cref="ColumnFactor"/> is not set.</summary>
    public partial int Factor { get; init; } = 2;

    /// <summary>Block height when it differs from <see cref="Factor"/> (1 to the image height); <see langword="null"/> takes <see cref="Factor"/>.</summary>
    public partial int? RowFactor { get; init; } = null;

    /// <summary>Block width when it differs from <see cref="Factor"/> (1 to the image width); <see langword="null"/> takes <see cref="Factor"/>.</summary>
    public partial int? ColumnFactor { get; init; } = null;

    /// <summary>Planes pooled into one (1 to the depth; 1 pools every plane on its own).</summary>
    public partial int PlaneFactor { get; init; } = 1;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    private PoolBlock Block => PoolBlock.Of(Factor, RowFactor, ColumnFactor, PlaneFactor);

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
        => BlockReduction.Apply(this, input, Block, static block => TensorPrimitives.Max<T>(block));

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(Image<T> input) => Block.Mapping();
}
