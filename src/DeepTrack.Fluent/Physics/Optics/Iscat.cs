using System;
using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Interferometric scattering (iSCAT-like) contrast: the scattered field interferes with a weak reference, the
/// incident light reflected at the coverslip, so the camera records I = |r·e^{iφ} + E_s|², E_s = E − E₀ the field
/// imaged with the sample minus the field imaged without it (as in <see cref="Darkfield"/>), r
/// <see cref="ReferenceAmplitude"/> and φ <see cref="ReferencePhase"/> (the reflection and Gouy phases between
/// reference and scattered light). For a weak scatterer I − r² ≈ 2r·Re(e^{−iφ}·E_s): the contrast is linear in
/// the scattered amplitude, where darkfield's |E_s|² is quadratic. Upscaled images are binned by averaging.
/// </summary>
[Feature]
public sealed partial record Iscat : CoherentOptics
{
    /// <summary>The amplitude r of the reference field, relative to the incident amplitude 1.</summary>
    public partial double ReferenceAmplitude { get; init; } = 0.5;

    /// <summary>The phase φ of the reference field relative to the incident field.</summary>
    public partial Angle ReferencePhase { get; init; } = default;

    /// <summary>Light scattered back towards the objective, as DeepTrack 2.0: π.</summary>
    protected override double DefaultIlluminationAngle => Math.PI;

    /// <inheritdoc />
    protected override Image<double> Compute(IReadOnlyList<SampleObject> input, FeatureContext context)
        => IntensityImage(input, context, CheckedReference(), subtractEmpty: true);

    /// <summary>The reference field r·e^{iφ}, its amplitude and phase checked.</summary>
    /// <returns>The reference.</returns>
    internal Complex CheckedReference()
    {
        Require(ReferenceAmplitude > 0 && double.IsFinite(ReferenceAmplitude), ReferenceAmplitude, "must be > 0 and finite");
        Require(double.IsFinite(ReferencePhase.Radians), ReferencePhase, "must be finite");
        return Complex.FromPolarCoordinates(ReferenceAmplitude, ReferencePhase.Radians);
    }
}
