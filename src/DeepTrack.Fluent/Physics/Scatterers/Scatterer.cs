using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// The base of scatterer features: each evaluation appends one <see cref="SampleObject"/> to the sample, so
/// <c>(particle ^ 5) &gt;&gt; optics</c> images five independently drawn objects.
/// </summary>
/// <remarks>
/// Units: <see cref="Position"/> in camera pixels of the sample plane (row first, 0-based, integers at pixel
/// centres), <see cref="Z"/> in the same pixels (pixel size = camera pitch / magnification), physical sizes as
/// <see cref="Length"/>.
/// </remarks>
[Feature]
public abstract partial record Scatterer : AppendFeature<SampleObject>
{
    /// <summary>The lateral position, in pixels; sub-pixel values are rendered by bilinear splatting.</summary>
    public partial PixelPosition Position { get; init; }

    /// <summary>The distance from the focal plane, in pixels (rendered on the nearest simulation plane).</summary>
    public partial double Z { get; init; } = 0;

    /// <summary>Fluorescence: light emitted per cubic pixel (a point particle emits this in total). ≥ 0.</summary>
    [NonNegative]
    public partial double Intensity { get; init; } = 1;

    /// <summary>
    /// Coherent optics: the refractive index of the object, n + iκ with κ ≥ 0 (κ &gt; 0 absorbs: the field decays
    /// as e^{−k₀κd}; a negative κ, a gain medium, is rejected).
    /// </summary>
    public partial Complex RefractiveIndex { get; init; } = 1.45;

    /// <summary>Checks the common properties; derived features call it first in <c>Create</c>.</summary>
    protected void RequireCommon()
    {
        Require(double.IsFinite(Position.Row) && double.IsFinite(Position.Column), Position, "must be finite");
        Require(double.IsFinite(Z), Z, "must be finite");
        Require(double.IsFinite(RefractiveIndex.Real) && double.IsFinite(RefractiveIndex.Imaginary) && RefractiveIndex.Real > 0, RefractiveIndex, "must be finite with a positive real part");
        Require(RefractiveIndex.Imaginary >= 0, RefractiveIndex, "must have an imaginary part ≥ 0 (absorption, fields as e^{−iωt}); a negative one is a gain medium, which would amplify the light");
    }
}
