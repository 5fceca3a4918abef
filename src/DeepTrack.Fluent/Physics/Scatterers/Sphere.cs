namespace DeepTrack.Fluent.Physics;

/// <summary>A solid sphere, voxelised on the simulation grid.</summary>
[Feature]
public sealed partial record Sphere : Scatterer
{
    /// <summary>The radius (&gt; 0).</summary>
    [Positive]
    public partial Length Radius { get; init; } = 1.Micrometers();

    /// <inheritdoc />
    protected override SampleObject Create(FeatureContext context)
    {
        RequireCommon();
        return new EllipsoidObject
        {
            Position = Position,
            Z = Z,
            Intensity = Intensity,
            RefractiveIndex = RefractiveIndex,
            Radius = Radius,
            SecondRadius = Radius,
            ThirdRadius = Radius,
            IncludeSurface = true,
        };
    }
}
