using System;
using System.Numerics;
using System.Threading;
using DeepTrack.Fluent.Physics.Fft;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// The incoherent PSF of one defocus plane, origin-centred on the periodic grid, normalised so that an ideal or
/// phase-aberrated pupil gives Σ PSF = 1 (apodization lowers it by the transmitted energy); and its OTF,
/// computed on first use.
/// </summary>
internal sealed class PsfPlane
{
    private Complex[]? otf;

    public PsfPlane(Pupil pupil, int z)
    {
        int height = pupil.Key.Height, width = pupil.Key.Width;
        var field = new Complex[height * width];
        pupil.Fill(z, field);
        FftBackend.Current.Inverse(field, height, width);
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

    /// <summary>The FFT of <see cref="Psf"/>.</summary>
    public Complex[] Otf => LazyInitializer.EnsureInitialized(ref otf, ComputeOtf);

    /// <summary>Approximate memory held, in bytes.</summary>
    public long Bytes => Psf.Length * (otf is null ? 8L : 24L);

    private Complex[] ComputeOtf()
    {
        var result = new Complex[Psf.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Psf[i];
        }

        FftBackend.Current.Forward(result, Height, Width);
        return result;
    }
}
