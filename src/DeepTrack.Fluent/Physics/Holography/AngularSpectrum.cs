using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Angular-spectrum propagation of a scalar complex field between parallel planes in a homogeneous medium:
/// E(z + d) = IFFT(FFT(E) · H), H(kx, ky) = exp(i·d·√(k² − kx² − ky²)) for propagating waves and 0 for
/// evanescent ones (k = 2π·n/λ). The transform is periodic: pad fields whose light reaches the edges.
/// </summary>
/// <remarks>
/// The full phase exp(i·k_z·d) is kept (including the carrier exp(i·k·d) of the plane wave along z), so
/// propagating by d and then by −d returns any band-limited field exactly, and a plane wave along z only gains
/// the phase k·d. Transfer functions are kept in the environment's cache, keyed by their parameters.
/// </remarks>
public static class AngularSpectrum
{
    /// <summary>The transfer function in FFT order (zero frequency at index 0).</summary>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="pixelSize">The sampling step in the plane.</param>
    /// <param name="wavelength">The vacuum wavelength.</param>
    /// <param name="refractiveIndex">The medium's refractive index.</param>
    /// <param name="distance">The propagation distance (negative: backwards).</param>
    /// <param name="environment">The environment whose cache keeps the transfer function.</param>
    /// <returns>H, row-major; shared, do not modify.</returns>
    public static ReadOnlySpan<Complex> TransferFunction(int height, int width, Length pixelSize, Length wavelength, double refractiveIndex, Length distance, SimulationEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        if (!(pixelSize.Meters > 0) || !(wavelength.Meters > 0) || !(refractiveIndex > 0) || !double.IsFinite(distance.Meters))
        {
            throw new ArgumentOutOfRangeException(nameof(pixelSize), $"Propagation needs a positive pixel size ({pixelSize}), wavelength ({wavelength}) and refractive index ({refractiveIndex}), and a finite distance ({distance}).");
        }

        var key = new TransferKey(height, width, pixelSize.Meters, wavelength.Meters / refractiveIndex, distance.Meters);
        return environment.Cache.GetOrAdd(key, static k => new CachedArray<Complex>(Create(k.Height, k.Width, k.Pixel, k.WavelengthInMedium, k.Distance))).Values;
    }

    /// <summary>Propagates a field in place.</summary>
    /// <param name="field">Row-major height × width field.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="pixelSize">The sampling step in the plane.</param>
    /// <param name="wavelength">The vacuum wavelength.</param>
    /// <param name="refractiveIndex">The medium's refractive index.</param>
    /// <param name="distance">The propagation distance (negative: backwards).</param>
    /// <param name="environment">The environment whose backend transforms and whose cache keeps the transfer function.</param>
    public static void Propagate(Span<Complex> field, int height, int width, Length pixelSize, Length wavelength, double refractiveIndex, Length distance, SimulationEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (field.Length != height * width)
        {
            throw new ArgumentException($"The field has {field.Length} values, not {height}×{width}.", nameof(field));
        }

        var transfer = TransferFunction(height, width, pixelSize, wavelength, refractiveIndex, distance, environment);
        var backend = environment.Fft;
        backend.Forward(field, height, width);
        for (int i = 0; i < field.Length; i++)
        {
            field[i] *= transfer[i];
        }

        backend.Inverse(field, height, width);
    }

    private static Complex[] Create(int height, int width, double pixel, double wavelengthInMedium, double distance)
    {
        var transfer = new Complex[height * width];
        double k = 2 * Math.PI / wavelengthInMedium;
        double k2 = k * k;
        for (int row = 0; row < height; row++)
        {
            double kx = 2 * Math.PI * Frequency(row, height) / (height * pixel);
            for (int column = 0; column < width; column++)
            {
                double ky = 2 * Math.PI * Frequency(column, width) / (width * pixel);
                double kz2 = k2 - kx * kx - ky * ky;
                transfer[row * width + column] = kz2 > 0 ? Complex.FromPolarCoordinates(1, Math.Sqrt(kz2) * distance) : Complex.Zero;
            }
        }

        return transfer;
    }

    /// <summary>The signed frequency index of FFT bin <paramref name="index"/> of <paramref name="size"/>.</summary>
    private static int Frequency(int index, int size) => index <= (size - 1) / 2 ? index : index - size;

    private readonly record struct TransferKey(int Height, int Width, double Pixel, double WavelengthInMedium, double Distance);
}
