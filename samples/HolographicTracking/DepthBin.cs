namespace HolographicTracking;

/// <summary>The test particles of one z interval.</summary>
/// <param name="From">The interval's lower edge (µm).</param>
/// <param name="To">Its upper edge (µm).</param>
/// <param name="Particles">True particles in it.</param>
/// <param name="Matched">Those a detection matched.</param>
/// <param name="MedianLateralError">The matched particles' median lateral error after the refinement (pixels).</param>
/// <param name="MedianUnrefinedLateralError">Their median lateral error before it: the U-Net's centroids (pixels).</param>
/// <param name="MedianAxialError">Their median |Δz| after the refinement (µm).</param>
/// <param name="MedianUnrefinedAxialError">Their median |Δz| before it: the U-Net's z (µm).</param>
/// <param name="MeanAxialError">Their mean Δz, refined minus true (µm): the bias.</param>
public sealed record DepthBin(double From, double To, int Particles, int Matched, double MedianLateralError, double MedianUnrefinedLateralError, double MedianAxialError, double MedianUnrefinedAxialError, double MeanAxialError);
