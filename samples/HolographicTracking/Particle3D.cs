namespace HolographicTracking;

/// <summary>A particle in 3-D: lateral position in pixels, z in µm from the focal plane.</summary>
/// <param name="Row">The row (pixels).</param>
/// <param name="Column">The column (pixels).</param>
/// <param name="Z">The distance from the focal plane (µm).</param>
/// <param name="RadiusNm">The radius (nm); 0 for a detection.</param>
public sealed record Particle3D(double Row, double Column, double Z, double RadiusNm = 0)
{
    /// <summary>The lateral position.</summary>
    public DeepTrack.Fluent.PixelPosition Position => new(Row, Column);
}
