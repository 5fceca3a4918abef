using ILGPU;
using ILGPU.Algorithms;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>
/// Coherent images of Mie particles: the plane wave's spectrum (brightfield, holography; left out for the scattered
/// field of darkfield and iSCAT) plus each particle's exact angular spectrum at the frequencies the objective passes
/// (the managed <c>AddAngularSpectrum</c>: amplitude functions by recurrence, the collection cut, the aplanatic or
/// analyser weights, coherence, the shift to the particle and its defocus), times the focal pupil; then, after a
/// batched inverse FFT, the intensity of the output region (with iSCAT's reference added) or its complex field
/// (holography), averaged into camera pixels.
/// </summary>
internal static class CoherentKernels
{
    /// <summary>One thread per grid element of every image: the focused spectrum (zero outside the pupil's band), with or without the plane wave.</summary>
    /// <param name="index">Image × GridHeight × GridWidth.</param>
    /// <param name="particles">The particles of every image, image b's from ParticleOffsets[b].</param>
    /// <param name="particleOffsets">Offsets into <paramref name="particles"/>, one more than images.</param>
    /// <param name="coefficients">a_1, b_1, a_2, b_2, … of every particle.</param>
    /// <param name="planeWave">The plane wave's spectrum on the grid.</param>
    /// <param name="pupils">The focal pupil of every slot, with its band flags.</param>
    /// <param name="output">The focused spectra.</param>
    /// <param name="a">The grid.</param>
    public static void FocusedSpectrum(Index1D index, ArrayView<MieParticle> particles, ArrayView<int> particleOffsets, ArrayView<Complex2> coefficients, ArrayView<Complex2> planeWave, PupilViews pupils, ArrayView<Complex2> output, CoherentGrid a)
    {
        int gridLength = a.Height * a.Width;
        int image = index / gridLength, element = index - (image * gridLength);
        int r = element / a.Width, c = element - (r * a.Width);
        int slot = pupils.Slots[image];
        if (pupils.BandRows[(slot * a.Height) + r] == 0 || pupils.BandColumns[(slot * a.Width) + c] == 0)
        {
            output[index] = new Complex2(0, 0);
            return;
        }

        double kx = 2 * XMath.PID * Frequency(r, a.Height) / (a.Height * a.Voxel);
        double ky = 2 * XMath.PID * Frequency(c, a.Width) / (a.Width * a.Voxel);
        var spectrum = a.PlaneWave != 0 ? planeWave[element] : new Complex2(0, 0);
        int end = particleOffsets[image + 1];
        for (int p = particleOffsets[image]; p < end; p++)
        {
            spectrum += Term(particles[p], coefficients, kx, ky, a.Voxel);
        }

        output[index] = spectrum * pupils.Focal[((long)slot * gridLength) + element];
    }

    /// <summary>|reference + field|² of the output window of every inverse-transformed grid, averaged over blocks of factor × factor.</summary>
    /// <param name="index">Image × camera pixel.</param>
    /// <param name="fields">The inverse-transformed grids.</param>
    /// <param name="references">The reference field of each image (iSCAT; 0 otherwise).</param>
    /// <param name="output">The camera images.</param>
    /// <param name="crop">The window.</param>
    /// <param name="factor">The upscale.</param>
    public static void Intensity(Index1D index, ArrayView<Complex2> fields, ArrayView<Complex2> references, ArrayView<double> output, CropArguments crop, int factor)
    {
        int height = crop.OutputHeight / factor, width = crop.OutputWidth / factor, pixels = height * width;
        int image = index / pixels, rest = index - (image * pixels);
        int row = rest / width, column = rest - (row * width);
        long basis = (long)image * crop.GridHeight * crop.GridWidth;
        double scale = 1.0 / (factor * factor);
        var reference = references[image];
        double sum = 0;
        for (int i = 0; i < factor; i++)
        {
            for (int j = 0; j < factor; j++)
            {
                var value = reference + fields[basis + ((long)((row * factor) + i + crop.CropRow) * crop.GridWidth) + (column * factor) + j + crop.CropColumn];
                double intensity = (value.Re * value.Re) + (value.Im * value.Im);
                sum += factor == 1 ? intensity : intensity * scale;
            }
        }

        output[index] = sum;
    }

    /// <summary>The complex field of the output window of every inverse-transformed grid, averaged over blocks of factor × factor, as two planes per image (real, then imaginary).</summary>
    /// <param name="index">Image × camera pixel.</param>
    /// <param name="fields">The inverse-transformed grids.</param>
    /// <param name="output">The camera images, 2 × camera pixels each.</param>
    /// <param name="crop">The window.</param>
    /// <param name="factor">The upscale.</param>
    public static void Field(Index1D index, ArrayView<Complex2> fields, ArrayView<double> output, CropArguments crop, int factor)
    {
        int height = crop.OutputHeight / factor, width = crop.OutputWidth / factor, pixels = height * width;
        int image = index / pixels, rest = index - (image * pixels);
        int row = rest / width, column = rest - (row * width);
        long basis = (long)image * crop.GridHeight * crop.GridWidth;
        double scale = 1.0 / (factor * factor);
        var sum = new Complex2(0, 0);
        for (int i = 0; i < factor; i++)
        {
            for (int j = 0; j < factor; j++)
            {
                var value = fields[basis + ((long)((row * factor) + i + crop.CropRow) * crop.GridWidth) + (column * factor) + j + crop.CropColumn];
                sum += factor == 1 ? value : value * scale;
            }
        }

        long target = (long)image * 2 * pixels;
        output[target + rest] = sum.Re;
        output[target + pixels + rest] = sum.Im;
    }

    private static Complex2 Term(MieParticle p, ArrayView<Complex2> coefficients, double kx, double ky, double voxel)
    {
        double transverse = XMath.Sqrt((kx * kx) + (ky * ky));
        if (transverse >= p.K * p.SinCollection)
        {
            return new Complex2(0, 0);
        }

        double cosTheta = XMath.Sqrt(1 - (transverse * transverse / (p.K * p.K)));
        double cosPhi = transverse > 0 ? kx / transverse : 1, sinPhi = transverse > 0 ? ky / transverse : 0;
        double c1 = (sinPhi * p.CosIn) + (cosPhi * p.SinIn), c2 = (cosPhi * p.CosIn) - (sinPhi * p.SinIn);
        if (p.HasAnalyser != 0)
        {
            c1 *= (sinPhi * p.CosOut) + (cosPhi * p.SinOut);
            c2 *= (cosPhi * p.CosOut) - (sinPhi * p.SinOut);
        }

        double mu = p.Illumination == 0 ? cosTheta : XMath.Clamp(XMath.Cos(XMath.Acos(cosTheta) + p.Illumination), -1.0, 1.0);
        var s1 = new Complex2(0, 0);
        var s2 = new Complex2(0, 0);
        double piPrevious = 0, pi = 1;
        for (int i = 0; i < p.Terms; i++)
        {
            int n = i + 1;
            if (n > 1)
            {
                double next = ((((2 * n) - 1) * mu * pi) - (n * piPrevious)) / (n - 1);
                piPrevious = pi;
                pi = next;
            }

            double tau = (n * mu * pi) - ((n + 1) * piPrevious);
            double weight = ((2.0 * n) + 1) / ((double)n * (n + 1));
            var a = coefficients[p.CoefficientOffset + (2 * i)];
            var b = coefficients[p.CoefficientOffset + (2 * i) + 1];
            s1 += ((a * pi) + (b * tau)) * weight;
            s2 += ((a * tau) + (b * pi)) * weight;
        }

        // The angular weights: coherence, then the aplanatic √cos θ or DeepTrack 2.0's cos(θ + illumination) behind an analyser.
        double w = 1;
        if (p.Coherent == 0)
        {
            double tan2 = (1 - (cosTheta * cosTheta)) / (cosTheta * cosTheta);
            w = XMath.Exp(-0.5 * tan2 / (p.Coherence * p.Coherence));
        }

        double w1, w2;
        if (p.Aplanatic != 0)
        {
            w *= XMath.Sqrt(cosTheta);
            w1 = w;
            w2 = w;
        }
        else
        {
            w1 = w;
            w2 = w * (p.Analysed != 0 ? XMath.Cos(XMath.Acos(cosTheta) + p.Illumination) : 1);
        }

        var amplitude = (s2 * (c2 * w2)) + (s1 * (c1 * w1));
        amplitude = new Complex2(amplitude.Re / cosTheta, amplitude.Im / cosTheta);
        double prefactor = -2 * XMath.PID / (voxel * voxel * p.K * p.K);
        var incident = new Complex2(prefactor * XMath.Cos(p.K * p.ZMeters), prefactor * XMath.Sin(p.K * p.ZMeters));
        var rowShift = new Complex2(XMath.Cos(-kx * p.RowMeters), XMath.Sin(-kx * p.RowMeters));
        var columnShift = new Complex2(XMath.Cos(-ky * p.ColumnMeters), XMath.Sin(-ky * p.ColumnMeters));
        double defocusPhase = -p.K * cosTheta * p.ZMeters;
        var defocus = new Complex2(XMath.Cos(defocusPhase), XMath.Sin(defocusPhase));
        return incident * amplitude * rowShift * columnShift * defocus;
    }

    private static int Frequency(int index, int size) => index < (size + 1) / 2 ? index : index - size;
}
