using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Scales the scattered part of a field whose incident wave has amplitude 1: E = 1 + E_s becomes 1 + s·E_s,
/// i.e. Re → (Re − 1)·s + 1 and Im → Im·s (a weaker or stronger scatterer with the same shape).
/// </summary>
[Feature]
public sealed partial record RescaleField : Feature<Image<Complex>, Image<Complex>>
{
    /// <summary>The factor s applied to the scattered field.</summary>
    public partial double Factor { get; init; } = 1;

    /// <inheritdoc />
    protected override Image<Complex> Compute(Image<Complex> input, FeatureContext context)
    {
        Require(double.IsFinite(Factor), Factor, "must be finite");
        return (input - Complex.One) * new Complex(Factor, 0) + Complex.One;
    }
}
