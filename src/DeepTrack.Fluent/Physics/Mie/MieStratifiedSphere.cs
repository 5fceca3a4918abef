using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>
/// A sphere of concentric layers (core first) imaged through its Mie-theory scattered field. Each layer has an
/// outer radius and a refractive index; the inherited <see cref="Scatterer.RefractiveIndex"/> is not used.
/// </summary>
[Feature]
public sealed partial record MieStratifiedSphere : MieScatterer
{
    /// <summary>
    /// The outer radius of each layer, from the core outward, non-decreasing (a layer as thick as zero changes nothing and
    /// is skipped); DeepTrack 2.0 compares the lists lexicographically and so also computes unordered radii.
    /// </summary>
    public partial IReadOnlyList<Length> Radii { get; init; } = [0.5.Micrometers(), 1.Micrometers()];

    /// <summary>The refractive index of each layer, from the core outward (imaginary parts ≥ 0: absorption).</summary>
    public partial IReadOnlyList<Complex> RefractiveIndices { get; init; } = [new Complex(1.45, 0), new Complex(1.6, 0)];

    /// <inheritdoc />
    protected override Length OuterRadius => Radii[^1];

    /// <inheritdoc />
    protected override string OuterRadiusProperty => nameof(Radii);

    /// <inheritdoc />
    protected override MieCoefficientSet Coefficients(Length wavelength, double refractiveIndexMedium, int? terms)
    {
        double k = 2 * System.Math.PI * refractiveIndexMedium / wavelength.Meters;
        var layers = Enumerable.Range(0, Radii.Count).Where(i => i == 0 || Radii[i] > Radii[i - 1]).ToArray();
        return MieCoefficients.ComputeStratified(
            layers.Select(i => RefractiveIndices[i] / refractiveIndexMedium).ToArray(),
            layers.Select(i => k * Radii[i].Meters).ToArray(),
            terms);
    }

    /// <inheritdoc />
    protected override void CheckShape()
    {
        Require(Radii.Count >= 1 && Radii.Count == RefractiveIndices.Count, Radii.Count, $"needs one radius per refractive index ({RefractiveIndices.Count})", nameof(Radii));
        for (int i = 0; i < Radii.Count; i++)
        {
            Require(double.IsFinite(Radii[i].Meters) && Radii[i].Meters > 0 && (i == 0 || Radii[i] >= Radii[i - 1]), Radii[i], $"the radii must be finite, positive and non-decreasing from the core outward (layer {i})", nameof(Radii));
            var n = RefractiveIndices[i];
            Require(double.IsFinite(n.Real) && double.IsFinite(n.Imaginary) && n.Real > 0 && n.Imaginary >= 0, n, $"every layer's index needs a positive real part and an imaginary part ≥ 0 (layer {i}; a negative one is a gain medium)", nameof(RefractiveIndices));
        }
    }

    /// <summary>The layered sphere's cross-sections in a medium at a wavelength.</summary>
    /// <param name="wavelength">The vacuum wavelength.</param>
    /// <param name="refractiveIndexMedium">The medium's refractive index.</param>
    /// <returns>The cross-sections, for the outer radius.</returns>
    public MieCrossSections CrossSections(Length wavelength, double refractiveIndexMedium)
        => MieCrossSections.From(Coefficients(wavelength, refractiveIndexMedium, Terms), Radii[^1]);
}
