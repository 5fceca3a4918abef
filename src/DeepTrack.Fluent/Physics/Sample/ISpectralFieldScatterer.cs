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
    /// scattered field in the focal plane to <paramref name="spectrum"/>.
    /// </summary>
    /// <param name="grid">The optics' simulation grid.</param>
    /// <param name="spectrum">Row-major <see cref="OpticalGrid.Height"/> × <see cref="OpticalGrid.Width"/> spectrum to add to.</param>
    void AddScatteredSpectrum(OpticalGrid grid, Span<Complex> spectrum);
}
