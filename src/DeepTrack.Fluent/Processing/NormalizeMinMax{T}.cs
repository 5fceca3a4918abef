using System.Numerics;
using System.Numerics.Tensors;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Maps the image's value range affinely onto [<see cref="Minimum"/>, <see cref="Maximum"/>] (the smallest pixel
/// becomes <see cref="Minimum"/>, the largest <see cref="Maximum"/>; all planes together).
/// </summary>
/// <remarks>
/// A constant image has no range to stretch and becomes <see cref="Minimum"/> everywhere (DeepTrack 2.0 turns the
/// resulting NaN into 0). A NaN pixel makes the whole output NaN.
/// </remarks>
/// <typeparam name="T">Floating-point pixel type.</typeparam>
[Feature]
public sealed partial record NormalizeMinMax<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The value of the smallest pixel.</summary>
    public partial double Minimum { get; init; } = 0;

    /// <summary>The value of the largest pixel.</summary>
    public partial double Maximum { get; init; } = 1;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(double.IsFinite(Minimum), Minimum, "must be finite");
        Require(double.IsFinite(Maximum), Maximum, "must be finite");
        var source = input.AsReadOnlySpan();
        T low = TensorPrimitives.Min(source), high = TensorPrimitives.Max(source);
        T minimum = T.CreateChecked(Minimum);
        var output = input.CreateLike();
        var target = output.AsWritableSpan();
        if (high == low)
        {
            target.Fill(minimum);
            return output;
        }

        T scale = (T.CreateChecked(Maximum) - minimum) / (high - low);
        TensorPrimitives.Subtract(source, low, target);
        TensorPrimitives.Multiply(target, scale, target);
        TensorPrimitives.Add(target, minimum, target);
        return output;
    }
}
