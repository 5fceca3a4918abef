namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A solid ellipsoid. At zero rotation <see cref="Radius"/> lies along the columns, <see cref="SecondRadius"/>
/// along the rows and <see cref="ThirdRadius"/> along z; the rotations are applied as in DeepTrack 2.0
/// (a composite R = Rz(<see cref="Rotation"/>)·Ry(<see cref="SecondRotation"/>)·Rx(<see cref="ThirdRotation"/>)).
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

    /// <summary>The rotation about z (in the image plane).</summary>
    public partial Angle Rotation { get; init; } = default;

    /// <summary>The rotation about the second axis.</summary>
    public partial Angle SecondRotation { get; init; } = default;

    /// <summary>The rotation about the first axis.</summary>
    public partial Angle ThirdRotation { get; init; } = default;

    /// <inheritdoc />
    protected override SampleObject Create(FeatureContext context)
    {
        RequireCommon();
        Require(Radius.Meters > 0 && double.IsFinite(Radius.Meters), Radius, "must be > 0");
        Require(SecondRadius is null || (SecondRadius.Value.Meters > 0 && double.IsFinite(SecondRadius.Value.Meters)), SecondRadius, "must be > 0");
        Require(ThirdRadius is null || (ThirdRadius.Value.Meters > 0 && double.IsFinite(ThirdRadius.Value.Meters)), ThirdRadius, "must be > 0");
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
