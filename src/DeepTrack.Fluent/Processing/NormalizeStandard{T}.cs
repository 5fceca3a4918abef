using System.Numerics;
using System.Numerics.Tensors;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Standardises the image: (x − mean) / σ over all pixels, σ the population standard deviation (numpy's default).
/// A constant image (σ = 0) becomes 0 everywhere.
/// </summary>
/// <typeparam name="T">Floating-point pixel type.</typeparam>
[Feature]
public sealed partial record NormalizeStandard<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        var source = input.AsReadOnlySpan();
        T mean = TensorPrimitives.Sum(source) / T.CreateChecked(source.Length);
        var output = input.CreateLike();
        var target = output.AsWritableSpan();
        TensorPrimitives.Subtract(source, mean, target);
        T deviation = T.Sqrt(TensorPrimitives.SumOfSquares<T>(target) / T.CreateChecked(source.Length));
        if (deviation == T.Zero)
        {
            target.Clear();
            return output;
        }

        TensorPrimitives.Divide(target, deviation, target);
        return output;
    }
}
