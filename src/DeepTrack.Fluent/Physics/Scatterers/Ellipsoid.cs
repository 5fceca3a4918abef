namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A solid ellipsoid. At zero rotation <see cref="Radius"/> lies along the columns, <see cref="SecondRadius"/>
/// along the rows and <see cref="ThirdRadius"/> along z. The rotations (exact convention on
/// <see cref="EllipsoidObject"/>): <see cref="Rotation"/> turns the ellipsoid in the image plane,
/// counter-clockwise as displayed, <see cref="SecondRotation"/> tilts it about the column axis and
/// <see cref="ThirdRotation"/> about the row axis. DeepTrack 2.0's <c>rotation=(α, β, γ)</c> is exactly
/// <c>WithRotation(−α).WithSecondRotation(−β).WithThirdRotation(−γ)</c>.
/// </summary>
[Feature]
public sealed partial record Ellipsoid : Scatterer
{
    /// <summary>The semi-axis along the first axis (&gt; 0).</summary>
    [Positive]
    public partial Length Radius { get; init; } = 1.Micrometers();

    /// <summary>The semi-axis along the second axis; null: equal to <see cref="Radius"/>.</summary>
    public partial Length? SecondRadius { get; init; } = null;

    /// <summary>The semi-axis along the third axis (z); null: equal to <see cref="SecondRadius"/>.</summary>
    public partial Length? ThirdRadius { get; init; } = null;

    /// <summary>The rotation about z (in the image plane), counter-clockwise as displayed.</summary>
    public partial Angle Rotation { get; init; } = default;

    /// <summary>The rotation about the column axis (DeepTrack 2.0's second angle, negated).</summary>
    public partial Angle SecondRotation { get; init; } = default;

    /// <summary>The rotation about the row axis (DeepTrack 2.0's third angle, negated).</summary>
    public partial Angle ThirdRotation { get; init; } = default;

    /// <inheritdoc />
    protected override SampleObject Create(FeatureContext context)
    {
        RequireCommon();
        Require(SecondRadius is null || (SecondRadius.Value.Meters > 0 && double.IsFinite(SecondRadius.Value.Meters)), SecondRadius, "must be > 0");
        Require(ThirdRadius is null || (ThirdRadius.Value.Meters > 0 && double.IsFinite(ThirdRadius.Value.Meters)), ThirdRadius, "must be > 0");
        Require(double.IsFinite(Rotation.Radians), Rotation, "must be finite");
        Require(double.IsFinite(SecondRotation.Radians), SecondRotation, "must be finite");
        Require(double.IsFinite(ThirdRotation.Radians), ThirdRotation, "must be finite");
        Length second = SecondRadius ?? Radius;
        return new EllipsoidObject
        {
            Position = Position,
            Z = Z,
            Intensity = Intensity,
            RefractiveIndex = RefractiveIndex,
            Radius = Radius,
            SecondRadius = second,
            ThirdRadius = ThirdRadius ?? second,
            Rotation = Rotation,
            SecondRotation = SecondRotation,
            ThirdRotation = ThirdRotation,
        };
    }
}
