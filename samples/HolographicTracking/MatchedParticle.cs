namespace HolographicTracking;

/// <summary>A test particle that a detection matched (within <see cref="Hologram.MatchRadius"/> pixels laterally).</summary>
/// <param name="TrueZ">Its z (µm).</param>
/// <param name="RadiusNm">Its radius (nm).</param>
/// <param name="LateralError">The lateral distance of the refined detection (pixels).</param>
/// <param name="UnrefinedLateralError">The lateral distance of the U-Net's detection, before the refinement (pixels).</param>
/// <param name="AxialError">Refined minus true z (µm).</param>
/// <param name="UnrefinedAxialError">The U-Net's z minus true z, before the refinement (µm).</param>
public sealed record MatchedParticle(double TrueZ, double RadiusNm, double LateralError, double UnrefinedLateralError, double AxialError, double UnrefinedAxialError);
