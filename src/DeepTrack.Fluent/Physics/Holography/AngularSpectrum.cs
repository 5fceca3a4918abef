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
        var key = CheckedKey(height, width, pixelSize, wavelength, refractiveIndex, distance);
        return environment.Cache.GetOrAdd(key, static k => new CachedArray<Complex>(Create(k))).Values;
    }

    /// <summary>A new transfer function in FFT order, not cached (for a caller that keeps or changes it).</summary>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="pixelSize">The sampling step in the plane.</param>
    /// <param name="wavelength">The vacuum wavelength.</param>
    /// <param name="refractiveIndex">The medium's refractive index.</param>
    /// <param name="distance">The propagation distance (negative: backwards).</param>
    /// <returns>H, row-major; the caller's own.</returns>
    internal static Complex[] NewTransferFunction(int height, int width, Length pixelSize, Length wavelength, double refractiveIndex, Length distance)
        => Create(CheckedKey(height, width, pixelSize, wavelength, refractiveIndex, distance));

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
        => Propagate(field, height, width, pixelSize, wavelength, refractiveIndex, distance, default, default, environment);

    /// <summary>
    /// Propagates a field in place and moves it laterally by (<paramref name="shiftRows"/>, <paramref name="shiftColumns"/>):
    /// the transfer function is multiplied by exp(−i(k_row·Δrow + k_column·Δcolumn)), the lateral shift of DeepTrack 2.0's
    /// propagation matrix (its dy and dx). The grid is periodic: what leaves one side enters the other.
    /// </summary>
    /// <param name="field">Row-major height × width field.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="pixelSize">The sampling step in the plane.</param>
    /// <param name="wavelength">The vacuum wavelength.</param>
    /// <param name="refractiveIndex">The medium's refractive index.</param>
    /// <param name="distance">The propagation distance (negative: backwards).</param>
    /// <param name="shiftRows">The lateral shift towards increasing rows.</param>
    /// <param name="shiftColumns">The lateral shift towards increasing columns.</param>
    /// <param name="environment">The environment whose backend transforms and whose cache keeps the transfer function.</param>
    public static void Propagate(Span<Complex> field, int height, int width, Length pixelSize, Length wavelength, double refractiveIndex, Length distance, Length shiftRows, Length shiftColumns, SimulationEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (field.Length != height * width)
        {
            throw new ArgumentException($"The field has {field.Length} values, not {height}×{width}.", nameof(field));
        }

        Check(double.IsFinite(shiftRows.Meters), nameof(shiftRows), shiftRows, "a finite lateral shift");
        Check(double.IsFinite(shiftColumns.Meters), nameof(shiftColumns), shiftColumns, "a finite lateral shift");
        var transfer = TransferFunction(height, width, pixelSize, wavelength, refractiveIndex, distance, environment);
        var backend = environment.Fft;
        backend.Forward(field, height, width);
        for (int i = 0; i < field.Length; i++)
        {
            field[i] *= transfer[i];
        }

        ApplyShift(field, height, width, pixelSize, shiftRows, shiftColumns);
        backend.Inverse(field, height, width);
    }

    /// <summary>Multiplies a spectrum (FFT order) by exp(−i(k_row·Δrow + k_column·Δcolumn)), which moves its field by (Δrow, Δcolumn).</summary>
    /// <param name="spectrum">Row-major height × width spectrum.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="pixelSize">The sampling step of the field.</param>
    /// <param name="shiftRows">The shift towards increasing rows.</param>
    /// <param name="shiftColumns">The shift towards increasing columns.</param>
    internal static void ApplyShift(Span<Complex> spectrum, int height, int width, Length pixelSize, Length shiftRows, Length shiftColumns)
    {
        if (shiftRows.Meters == 0 && shiftColumns.Meters == 0)
        {
            return;
        }

        var columnPhase = new Complex[width];
        for (int column = 0; column < width; column++)
        {
            double kx = 2 * Math.PI * Frequency(column, width) / (width * pixelSize.Meters);
            columnPhase[column] = Complex.FromPolarCoordinates(1, -kx * shiftColumns.Meters);
        }

        for (int row = 0; row < height; row++)
        {
            double ky = 2 * Math.PI * Frequency(row, height) / (height * pixelSize.Meters);
            var rowPhase = Complex.FromPolarCoordinates(1, -ky * shiftRows.Meters);
            var line = spectrum.Slice(row * width, width);
            for (int column = 0; column < width; column++)
            {
                line[column] *= rowPhase * columnPhase[column];
            }
        }
    }

    private static void Check(bool condition, string parameter, object value, string requirement)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"Propagation needs {requirement}; {parameter} was {value}.");
        }
    }

    private static TransferKey CheckedKey(int height, int width, Length pixelSize, Length wavelength, double refractiveIndex, Length distance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Check(pixelSize.Meters > 0 && double.IsFinite(pixelSize.Meters), nameof(pixelSize), pixelSize, "a finite pixel size > 0");
        Check(wavelength.Meters > 0 && double.IsFinite(wavelength.Meters), nameof(wavelength), wavelength, "a finite wavelength > 0");
        Check(refractiveIndex > 0 && double.IsFinite(refractiveIndex), nameof(refractiveIndex), refractiveIndex, "a finite refractive index > 0");
        Check(double.IsFinite(distance.Meters), nameof(distance), distance, "a finite distance");
        return new TransferKey(height, width, pixelSize.Meters, wavelength.Meters / refractiveIndex, distance.Meters);
    }

    private static Complex[] Create(TransferKey key)
    {
        var (height, width, pixel, wavelengthInMedium, distance) = key;
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
