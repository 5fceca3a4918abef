namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>How a Mie scatterer turns its far field into the spectrum the optics image (when <see cref="MieScatterer.OffsetZ"/> is null).</summary>
public enum MieSampling
{
    /// <summary>
    /// Exactly: the angular spectrum of the scattered field at every grid frequency, A(k⊥) = i·F(θ, φ)/(2π·k·cos θ)
    /// with F the far-field amplitude (E ≈ F·e^{ikr}/r): the limit of a sampling plane infinitely far away, so there
    /// is no distance to converge.
    /// </summary>
    AngularSpectrum,

    /// <summary>
    /// DeepTrack 2.0's rule: the far field sampled on a plane 0.45·N·Δ/tan(collection angle) beyond the particle, N the
    /// shorter edge of the output region padded to an FFT size (in simulation pixels of size Δ), then propagated back.
    /// </summary>
    DeepTrack2Plane,
}
