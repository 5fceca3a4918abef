using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A field scatterer that can add the Fourier transform of its scattered field directly. Coherent optics work in
/// Fourier space, so this saves a pair of transforms per object (Mie scatterers compute their field on a plane,
/// transform it and propagate it there anyway).
/// </summary>
public interface ISpectralFieldScatterer : IFieldScatterer
{
    /// <summary>
    /// Adds the forward transform (<see cref="Fft.IFftBackend.Forward"/> convention, unscaled) of the object's
    /// scattered field in the focal plane to <paramref name="spectrum"/>, at the frequencies the objective passes:
    /// the rows <paramref name="rows"/> × columns <paramref name="columns"/> (FFT indices). Only those entries are
    /// imaged, and only they are sure to hold the incident spectrum (with a plane wave the other rows are not filled);
    /// values elsewhere may hold anything and may be left unchanged.
    /// </summary>
    /// <param name="grid">The optics' simulation grid.</param>
    /// <param name="spectrum">Row-major <see cref="OpticalGrid.Height"/> × <see cref="OpticalGrid.Width"/> spectrum to add to.</param>
    /// <param name="rows">The spectrum rows needed (distinct FFT indices).</param>
    /// <param name="columns">The spectrum columns needed (distinct FFT indices).</param>
    void AddScatteredSpectrum(OpticalGrid grid, Span<Complex> spectrum, ReadOnlySpan<int> rows, ReadOnlySpan<int> columns);
}
