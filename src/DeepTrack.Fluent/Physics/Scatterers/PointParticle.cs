namespace DeepTrack.Fluent.Physics;

/// <summary>A point emitter or scatterer: one voxel, placed with sub-pixel accuracy by bilinear splatting.</summary>
[Feature]
public sealed partial record PointParticle : Scatterer
{
    /// <inheritdoc />
    protected override SampleObject Create(FeatureContext context)
    {
        RequireCommon();
        return new PointObject { Position = Position, Z = Z, Intensity = Intensity, RefractiveIndex = RefractiveIndex };
    }
}
