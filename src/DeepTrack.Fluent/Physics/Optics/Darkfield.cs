using System;
using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A darkfield microscope: as <see cref="Brightfield"/>, but the unscattered light is removed, so the camera
/// records |E − E₀|², E₀ the field imaged without any sample (0 where there is no sample).
/// </summary>
[Feature]
public sealed partial record Darkfield : CoherentOptics
{
    /// <summary>Side illumination, as DeepTrack 2.0: π/2.</summary>
    protected override double DefaultIlluminationAngle => Math.PI / 2;

    /// <inheritdoc />
    protected override Image<double> Compute(IReadOnlyList<SampleObject> input, FeatureContext context)
        => IntensityImage(input, context, Complex.Zero, subtractEmpty: true);
}
