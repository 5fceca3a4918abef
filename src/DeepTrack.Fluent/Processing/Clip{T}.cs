using System.Numerics;
using System.Numerics.Tensors;

namespace DeepTrack.Fluent.Processing;

/// <summary>Limits every pixel to [<see cref="Minimum"/>, <see cref="Maximum"/>]; NaN pixels stay NaN.</summary>
/// <typeparam name="T">Real pixel type.</typeparam>
[Feature]
public sealed partial record Clip<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumber<T>
{
    /// <summary>The lower bound (−∞ for none).</summary>
    public partial double Minimum { get; init; } = double.NegativeInfinity;

    /// <summary>The upper bound (+∞ for none; ≥ <see cref="Minimum"/>).</summary>
    public partial double Maximum { get; init; } = double.PositiveInfinity;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(!double.IsNaN(Minimum), Minimum, "must be a number");
        Require(Maximum >= Minimum, Maximum, $"must be ≥ Minimum ({Minimum})");
        var output = input.CreateLike();
        var target = output.AsWritableSpan();
        TensorPrimitives.Max(input.AsReadOnlySpan(), T.CreateSaturating(Minimum), target);
        TensorPrimitives.Min(target, T.CreateSaturating(Maximum), target);
        return output;
    }
}
