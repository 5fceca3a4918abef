namespace MultiParticleDetection;

/// <summary>What the U-Net is trained to output at the emitters.</summary>
public enum LabelShape
{
    /// <summary>
    /// At every pixel the largest over the emitters of exp(−d²/2σ²), σ = 1 px (<see cref="DeepTrack.Fluent.Labels.SpotMask"/>),
    /// as a soft target of the binary cross-entropy: the label has a maximum at each emitter and a dip between close ones,
    /// so the network's local maxima separate emitters down to about 2 px apart.
    /// </summary>
    Spots,

    /// <summary>
    /// The paper's label: 1 within 3 px of an emitter, 0 elsewhere (<see cref="DeepTrack.Fluent.Labels.DiskMask"/>); the
    /// disks of emitters closer than 6 px merge, and those closer than about 3 px into one flat region with one maximum.
    /// </summary>
    Disks,
}
