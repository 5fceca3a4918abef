namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A cell nucleus for fluorescence: a flat elliptical disk, one pixel thick, whose outline is deformed by a few
/// low-order Fourier modes and whose brightness is modulated by a seeded, band-limited texture. With
/// <see cref="Deformation"/> and <see cref="Texture"/> 0 it is the <see cref="Ellipse"/> of the same semi-axes.
/// </summary>
/// <remarks>
/// <para>In the ellipse's own normalised coordinates (u/a, v/b) = ρ(cos θ, sin θ), a voxel centre is inside when
/// ρ &lt; 1 + Σ_{k=2}^{M+1} c_k cos(kθ + φ_k), with M = <see cref="Modes"/>, c_k = D·w_k/M, w_k uniform in [−1, 1],
/// φ_k uniform in [0, 2π) and D = <see cref="Deformation"/>: the outline stays between the ellipse scaled by 1 − D
/// and by 1 + D. Mode 1 (a shift) and mode 0 (a change of size) are left out.</para>
/// <para>The texture is white noise smoothed by a Gaussian of <see cref="TextureScale"/> pixels, scaled to unit
/// standard deviation, g; an inside voxel holds max(0, 1 + <see cref="Texture"/>·g), rescaled so that the inside
/// voxels average 1. The texture moves light about inside the nucleus and keeps its total:
/// <see cref="Scatterer.Intensity"/> × the nucleus's area in pixels.</para>
/// <para>The coefficients and the texture come from one 64-bit key drawn from the sample's seeded random stream when
/// the feature is evaluated, so the same seed and sample give the same nucleus, on any simulation grid.</para>
/// </remarks>
[Feature]
public sealed partial record Nucleus : Scatterer
{
    /// <summary>The semi-axis along the first axis (&gt; 0).</summary>
    [Positive]
    public partial Length Radius { get; init; } = 5.Micrometers();

    /// <summary>The semi-axis along the second axis (&gt; 0); null: equal to <see cref="Radius"/> (a round nucleus).</summary>
    public partial Length? SecondRadius { get; init; } = null;

    /// <summary>The rotation of the first axis away from the columns, counter-clockwise as displayed (rows downwards).</summary>
    public partial Angle Rotation { get; init; } = default;

    /// <summary>The largest relative change of the radius by the outline's modes, in [0, 1) (0: a plain ellipse).</summary>
    [InRange(0, 1)]
    public partial double Deformation { get; init; } = 0.1;

    /// <summary>The number of Fourier modes that deform the outline, orders 2 to <see cref="Modes"/> + 1 (≥ 1).</summary>
    public partial int Modes { get; init; } = 3;

    /// <summary>The strength of the brightness texture (≥ 0; 0: uniform brightness).</summary>
    [NonNegative]
    public partial double Texture { get; init; } = 0.3;

    /// <summary>The texture's grain: the standard deviation in camera pixels of the Gaussian that smooths it (&gt; 0).</summary>
    [Positive]
    public partial double TextureScale { get; init; } = 2;

    /// <inheritdoc />
    protected override SampleObject Create(FeatureContext context)
    {
        RequireCommon();
        Require(SecondRadius is null || (SecondRadius.Value.Meters > 0 && double.IsFinite(SecondRadius.Value.Meters)), SecondRadius, "must be > 0");
        Require(double.IsFinite(Rotation.Radians), Rotation, "must be finite");
        Require(Deformation >= 0 && Deformation < 1, Deformation, "must be in [0, 1): the outline must stay outside the centre");
        Require(Modes >= 1, Modes, "must be ≥ 1");
        return new NucleusObject
        {
            Position = Position,
            Z = Z,
            Intensity = Intensity,
            RefractiveIndex = RefractiveIndex,
            Radius = Radius,
            SecondRadius = SecondRadius ?? Radius,
            Rotation = Rotation,
            Deformation = Deformation,
            Modes = Modes,
            Texture = Texture,
            TextureScale = TextureScale,
            Key = context.Random.NextUInt64(),
        };
    }
}
