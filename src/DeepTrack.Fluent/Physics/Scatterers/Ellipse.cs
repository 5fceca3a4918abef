namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A flat elliptical disk, one pixel thick, in the plane <see cref="Scatterer.Z"/>. At zero
/// <see cref="Rotation"/> <see cref="Radius"/> lies along the columns and <see cref="SecondRadius"/> along the rows.
/// </summary>
[Feature]
public sealed partial record Ellipse : Scatterer
{
    /// <summary>The semi-axis along the ellipse's first axis (&gt; 0).</summary>
    [Positive]
    public partial Length Radius { get; init; } = 1.Micrometers();

    /// <summary>The semi-axis along the second axis (&gt; 0); null: equal to <see cref="Radius"/> (a disk).</summary>
    public partial Length? SecondRadius { get; init; } = null;

    /// <summary>The rotation of the first axis away from the columns, counter-clockwise as displayed (rows downwards).</summary>
    public partial Angle Rotation { get; init; } = default;

    /// <inheritdoc />
    protected override SampleObject Create(FeatureContext context)
    {
        RequireCommon();
        Require(SecondRadius is null || (SecondRadius.Value.Meters > 0 && double.IsFinite(SecondRadius.Value.Meters)), SecondRadius, "must be > 0");
        Require(double.IsFinite(Rotation.Radians), Rotation, "must be finite");
        return new EllipseObject
        {
            Position = Position,
            Z = Z,
            Intensity = Intensity,
            RefractiveIndex = RefractiveIndex,
            Radius = Radius,
            SecondRadius = SecondRadius ?? Radius,
            Rotation = Rotation,
        };
    }
}
