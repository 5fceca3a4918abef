using System;

namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>Cross-sections of a sphere (efficiencies × geometric cross-section π r²), in square metres, and the asymmetry parameter.</summary>
/// <param name="Extinction">C_ext.</param>
/// <param name="Scattering">C_sca.</param>
/// <param name="Absorption">C_abs = C_ext − C_sca.</param>
/// <param name="Backscattering">C_back.</param>
/// <param name="Asymmetry">g = ⟨cos θ⟩.</param>
public sealed record MieCrossSections(double Extinction, double Scattering, double Absorption, double Backscattering, double Asymmetry)
{
    /// <summary>Cross-sections from coefficients and the outer radius.</summary>
    /// <param name="coefficients">The Mie coefficients.</param>
    /// <param name="radius">The outer radius.</param>
    /// <returns>The cross-sections.</returns>
    public static MieCrossSections From(MieCoefficientSet coefficients, Length radius)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        double area = Math.PI * radius.Meters * radius.Meters;
        return new MieCrossSections(
            coefficients.ExtinctionEfficiency * area,
            coefficients.ScatteringEfficiency * area,
            coefficients.AbsorptionEfficiency * area,
            coefficients.BackscatterEfficiency * area,
            coefficients.AsymmetryParameter);
    }
}
