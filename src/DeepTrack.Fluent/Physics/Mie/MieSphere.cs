using System.Numerics;

namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>
/// A homogeneous sphere imaged by coherent optics through its Mie-theory scattered field. Its refractive
/// index (<see cref="Scatterer.RefractiveIndex"/>, absorbing if complex) is relative to the optics' medium.
/// </summary>
[Feature]
public sealed partial record MieSphere : MieScatterer
{
    /// <summary>The radius.</summary>
    [Positive]
    public partial Length Radius { get; init; } = 1.Micrometers();

    /// <inheritdoc />
    protected override MieCoefficientSet Coefficients(Length wavelength, double refractiveIndexMedium, int? terms)
    {
        double x = 2 * System.Math.PI * refractiveIndexMedium * Radius.Meters / wavelength.Meters;
        return MieCoefficients.Compute(RefractiveIndex / refractiveIndexMedium, x, terms);
    }

    /// <inheritdoc />
    protected override Length OuterRadius => Radius;

    /// <inheritdoc />
    protected override string OuterRadiusProperty => nameof(Radius);

    /// <inheritdoc />
    /// <remarks>The one shape property, <see cref="Radius"/>, is checked by its <c>[Positive]</c> attribute.</remarks>
    protected override void CheckShape()
    {
    }

    /// <summary>The sphere's cross-sections in a medium at a wavelength.</summary>
    /// <param name="wavelength">The vacuum wavelength.</param>
    /// <param name="refractiveIndexMedium">The medium's refractive index.</param>
    /// <returns>Extinction, scattering, absorption and backscattering cross-sections and the asymmetry parameter.</returns>
    public MieCrossSections CrossSections(Length wavelength, double refractiveIndexMedium)
        => MieCrossSections.From(Coefficients(wavelength, refractiveIndexMedium, Terms), Radius);

    /// <summary>The relative refractive index in a medium.</summary>
    /// <param name="refractiveIndexMedium">The medium's refractive index.</param>
    /// <returns>n_particle / n_medium.</returns>
    public Complex RelativeIndex(double refractiveIndexMedium) => RefractiveIndex / refractiveIndexMedium;
}
