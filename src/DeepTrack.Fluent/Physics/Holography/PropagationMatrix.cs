using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// DeepTrack 2.0's propagation matrix (its <c>get_propagation_matrix</c>), for <see cref="FourierTransformTransformation"/>:
/// T = C·exp(i·k·(d·(√(1 − (k_x/k)² − (k_y/k)²) − 1) − dx·k_x/k − dy·k_y/k)) in FFT order, k = 2π·n/λ, C = 1 for
/// propagating components and 0 for evanescent ones. It propagates by d and moves the field by (dy, dx); the carrier
/// e^{ikd} is left out, as in DeepTrack 2.0 (<see cref="AngularSpectrum"/> keeps it).
/// </summary>
public static class PropagationMatrix
{
    /// <summary>The matrix for a spectrum of <paramref name="height"/> × <paramref name="width"/>.</summary>
    /// <param name="height">Rows (≥ 1).</param>
    /// <param name="width">Columns (≥ 1).</param>
    /// <param name="distance">The propagation distance d (negative: backwards).</param>
    /// <param name="pixelSize">The field's pixel size.</param>
    /// <param name="wavelength">The vacuum wavelength.</param>
    /// <param name="refractiveIndex">The medium's refractive index.</param>
    /// <param name="shiftRows">The lateral shift dy towards increasing rows.</param>
    /// <param name="shiftColumns">The lateral shift dx towards increasing columns.</param>
    /// <returns>The matrix as a complex image.</returns>
    public static Image<Complex> Create(int height, int width, Length distance, Length pixelSize, Length wavelength, double refractiveIndex = 1, Length shiftRows = default, Length shiftColumns = default)
    {
        var matrix = AngularSpectrum.NewTransferFunction(height, width, pixelSize, wavelength, refractiveIndex, distance);
        if (!double.IsFinite(shiftRows.Meters) || !double.IsFinite(shiftColumns.Meters))
        {
            throw new ArgumentOutOfRangeException(nameof(shiftRows), $"The lateral shift must be finite; it was ({shiftRows}, {shiftColumns}).");
        }

        var phase = Complex.FromPolarCoordinates(1, -2 * Math.PI * refractiveIndex / wavelength.Meters * distance.Meters);
        for (int i = 0; i < matrix.Length; i++)
        {
            matrix[i] *= phase;
        }

        AngularSpectrum.ApplyShift(matrix, height, width, pixelSize, shiftRows, shiftColumns);
        return Image<Complex>.Wrap(matrix, height, width);
    }
}
