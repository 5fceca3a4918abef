namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>Which scalar component of a Mie sphere's vector far field the (scalar) coherent optics image.</summary>
public enum MieProjection
{
    /// <summary>
    /// The field behind an aplanatic objective: the objective turns the scattered field's e_θ component into the
    /// radial direction of its pupil, so with an analyser at β the imaged component is
    /// S₂·cos(φ + α)·cos(φ + β) + S₁·sin(φ + α)·sin(φ + β) (α the input polarisation), times the objective's
    /// apodization √cos θ (the sine condition's energy balance between a plane-wave spectrum in the sample and the
    /// pupil). Without analyser the component along the input polarisation (β = α), the one that interferes with the
    /// illumination; the cross-polarised intensity, second order in the scattered field, is not imaged.
    /// </summary>
    AplanaticObjective,

    /// <summary>
    /// DeepTrack 2.0's: S₂·cos(φ + α) + S₁·sin(φ + α), each term further multiplied by cos(φ + β) and sin(φ + β)
    /// when an analyser at β is set, and S₂ also by cos(θ + illumination angle) (the row component of e_θ in the
    /// sample); no apodization.
    /// </summary>
    DeepTrack2,
}
