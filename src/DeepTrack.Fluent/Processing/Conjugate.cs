using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>The complex conjugate of every pixel.</summary>
[Feature]
public sealed partial record Conjugate : Feature<Image<Complex>, Image<Complex>>
{
    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<Complex> Compute(Image<Complex> input, FeatureContext context) => input.Map(Complex.Conjugate);
}
