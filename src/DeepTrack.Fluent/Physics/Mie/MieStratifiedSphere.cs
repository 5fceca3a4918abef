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
    /// <summary>The outer radius of each layer, from the core outward, strictly increasing.</summary>
    public partial IReadOnlyList<Length> Radii { get; init; } = [0.5.Micrometers(), 1.Micrometers()];

    /// <summary>The refractive index of each layer, from the core outward.</summary>
    public partial IReadOnlyList<Complex> RefractiveIndices { get; init; } = [new Complex(1.45, 0), new Complex(1.6, 0)];

    /// <inheritdoc />
    protected override MieCoefficientSet Coefficients(Length wavelength, double refractiveIndexMedium, int? terms)
    {
        double k = 2 * System.Math.PI * refractiveIndexMedium / wavelength.Meters;
        return MieCoefficients.ComputeStratified(
            RefractiveIndices.Select(n => n / refractiveIndexMedium).ToArray(),
            Radii.Select(r => k * r.Meters).ToArray(),
            terms);
    }

    /// <inheritdoc />
    protected override void CheckShape()
    {
        Require(Radii.Count >= 1 && Radii.Count == RefractiveIndices.Count, Radii.Count, $"needs one radius per refractive index ({RefractiveIndices.Count})");
        for (int i = 0; i < Radii.Count; i++)
        {
            Require(Radii[i].Meters > (i == 0 ? 0 : Radii[i - 1].Meters), Radii[i], "the radii must be positive and strictly increasing");
        }
    }

    /// <summary>The layered sphere's cross-sections in a medium at a wavelength.</summary>
    /// <param name="wavelength">The vacuum wavelength.</param>
    /// <param name="refractiveIndexMedium">The medium's refractive index.</param>
    /// <returns>The cross-sections, for the outer radius.</returns>
    public MieCrossSections CrossSections(Length wavelength, double refractiveIndexMedium)
        => MieCrossSections.From(Coefficients(wavelength, refractiveIndexMedium, Terms), Radii[^1]);
}
