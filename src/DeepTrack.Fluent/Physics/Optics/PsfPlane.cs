using System.Numerics;
using DeepTrack.Fluent.Physics.Fft;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// The incoherent PSF of one defocus plane, origin-centred on the periodic grid, normalised so that an ideal or
/// phase-aberrated pupil gives Σ PSF = 1 (apodization lowers it by the transmitted energy). Its OTF is cached
/// separately (<see cref="OpticsCache.OtfOf"/>), only where a plane is convolved by FFT.
/// </summary>
internal sealed class PsfPlane : ICachedValue
{
    public PsfPlane(Pupil pupil, int z, IFftBackend backend)
    {
        int height = pupil.Key.Height, width = pupil.Key.Width;
        var field = new Complex[height * width];
        pupil.Fill(z, field);
        backend.Inverse(field, height, width);
        Psf = new double[field.Length];
        double scale = (double)height * width / pupil.ApertureCount;
        for (int i = 0; i < field.Length; i++)
        {
            var value = field[i];
            Psf[i] = (value.Real * value.Real + value.Imaginary * value.Imaginary) * scale;
        }

        Height = height;
        Width = width;
    }

    public int Height { get; }

    public int Width { get; }

    /// <summary>The PSF, row-major, origin at index 0.</summary>
    public double[] Psf { get; }

    /// <inheritdoc />
    public long CacheBytes => Psf.Length * 8L;

    /// <summary>The FFT of <see cref="Psf"/>.</summary>
    /// <param name="backend">The environment's backend.</param>
    /// <returns>A new array.</returns>
    public Complex[] ComputeOtf(IFftBackend backend)
    {
        var result = new Complex[Psf.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Psf[i];
        }

        backend.Forward(result, Height, Width);
        return result;
    }
}
