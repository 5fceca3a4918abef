using System.Numerics;
using ILGPU;
using ILGPU.Algorithms;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>
/// Coherent images of Mie particles: the plane wave's spectrum (brightfield, holography; left out for the scattered
/// field of darkfield and iSCAT) plus each particle's exact angular spectrum at the frequencies the objective passes
/// (the managed <c>AddAngularSpectrum</c>: amplitude functions by recurrence, the collection cut, the aplanatic or
/// analyser weights, coherence, the shift to the particle and its defocus), times the focal pupil; then, after a
/// batched inverse FFT, the intensity of the output region (with iSCAT's reference added) or its complex field
/// (holography), averaged into camera pixels. The precision <c>T</c> (double or float, with its functions
/// <c>TMath</c>) is a type parameter; the particles' parameters and the grid frequencies are computed in double and
/// rounded to it, and the camera images are returned in double.
/// </summary>
internal static class CoherentKernels
{
    /// <summary>One thread per grid element of every image: the focused spectrum (zero outside the pupil's band), with or without the plane wave.</summary>
    /// <typeparam name="T">The precision.</typeparam>
    /// <typeparam name="TMath">Its functions.</typeparam>
    /// <param name="index">Image × GridHeight × GridWidth.</param>
    /// <param name="particles">The particles of every image, image b's from ParticleOffsets[b].</param>
    /// <param name="particleOffsets">Offsets into <paramref name="particles"/>, one more than images.</param>
    /// <param name="coefficients">a_1, b_1, a_2, b_2, … of every particle.</param>
    /// <param name="planeWave">The plane wave's spectrum on the grid.</param>
    /// <param name="pupils">The focal pupil of every slot, with its band flags.</param>
    /// <param name="output">The focused spectra.</param>
    /// <param name="a">The grid.</param>
    public static void FocusedSpectrum<T, TMath>(Index1D index, ArrayView<MieParticle> particles, ArrayView<int> particleOffsets, ArrayView<DeviceComplex<T>> coefficients, ArrayView<DeviceComplex<T>> planeWave, PupilViews<T> pupils, ArrayView<DeviceComplex<T>> output, CoherentGrid a)
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>
    {
        var m = default(TMath);
        int gridLength = a.Height * a.Width;
        int image = index / gridLength, element = index - (image * gridLength);
        int r = element / a.Width, c = element - (r * a.Width);
        int slot = pupils.Slots[image];
        if (pupils.BandRows[(slot * a.Height) + r] == 0 || pupils.BandColumns[(slot * a.Width) + c] == 0)
        {
            output[index] = new DeviceComplex<T>(T.Zero, T.Zero);
            return;
        }

        var kx = m.Of(2 * XMath.PID * Frequency(r, a.Height) / (a.Height * a.Voxel));
        var ky = m.Of(2 * XMath.PID * Frequency(c, a.Width) / (a.Width * a.Voxel));
        var spectrum = a.PlaneWave != 0 ? planeWave[element] : new DeviceComplex<T>(T.Zero, T.Zero);
        int end = particleOffsets[image + 1];
        for (int p = particleOffsets[image]; p < end; p++)
        {
            spectrum += Term<T, TMath>(particles[p], coefficients, kx, ky, a.Voxel);
        }

        output[index] = spectrum * pupils.Focal[((long)slot * gridLength) + element];
    }

    /// <summary>|reference + field|² of the output window of every inverse-transformed grid, averaged over blocks of factor × factor.</summary>
    /// <typeparam name="T">The precision.</typeparam>
    /// <typeparam name="TMath">Its functions.</typeparam>
    /// <param name="index">Image × camera pixel.</param>
    /// <param name="fields">The inverse-transformed grids.</param>
    /// <param name="references">The reference field of each image (iSCAT; 0 otherwise).</param>
    /// <param name="output">The camera images.</param>
    /// <param name="crop">The window.</param>
    /// <param name="factor">The upscale.</param>
    public static void Intensity<T, TMath>(Index1D index, ArrayView<DeviceComplex<T>> fields, ArrayView<DeviceComplex<T>> references, ArrayView<double> output, CropArguments crop, int factor)
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>
    {
        var m = default(TMath);
        long corner = BlockCorner(index, crop, factor, out int image);
        var scale = m.Of(1.0 / (factor * factor));
        var reference = references[image];
        var sum = T.Zero;
        for (int i = 0; i < factor; i++)
        {
            for (int j = 0; j < factor; j++)
            {
                var value = reference + fields[corner + ((long)i * crop.GridWidth) + j];
                var intensity = (value.Re * value.Re) + (value.Im * value.Im);
                sum += factor == 1 ? intensity : intensity * scale;
            }
        }

        output[index] = m.ToDouble(sum);
    }

    /// <summary>The complex field of the output window of every inverse-transformed grid, averaged over blocks of factor × factor, as two planes per image (real, then imaginary).</summary>
    /// <typeparam name="T">The precision.</typeparam>
    /// <typeparam name="TMath">Its functions.</typeparam>
    /// <param name="index">Image × camera pixel.</param>
    /// <param name="fields">The inverse-transformed grids.</param>
    /// <param name="output">The camera images, 2 × camera pixels each.</param>
    /// <param name="crop">The window.</param>
    /// <param name="factor">The upscale.</param>
    public static void Field<T, TMath>(Index1D index, ArrayView<DeviceComplex<T>> fields, ArrayView<double> output, CropArguments crop, int factor)
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>
    {
        var m = default(TMath);
        long corner = BlockCorner(index, crop, factor, out int image);
        var scale = m.Of(1.0 / (factor * factor));
        var sum = new DeviceComplex<T>(T.Zero, T.Zero);
        for (int i = 0; i < factor; i++)
        {
            for (int j = 0; j < factor; j++)
            {
                var value = fields[corner + ((long)i * crop.GridWidth) + j];
                sum += factor == 1 ? value : value * scale;
            }
        }

        int pixels = crop.OutputHeight / factor * (crop.OutputWidth / factor), rest = index - (image * pixels);
        long target = (long)image * 2 * pixels;
        output[target + rest] = m.ToDouble(sum.Re);
        output[target + pixels + rest] = m.ToDouble(sum.Im);
    }

    private static DeviceComplex<T> Term<T, TMath>(MieParticle p, ArrayView<DeviceComplex<T>> coefficients, T kx, T ky, double voxel)
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>
    {
        var m = default(TMath);
        T k = m.Of(p.K), one = T.One, zero = T.Zero;
        var transverse = m.Sqrt((kx * kx) + (ky * ky));
        if (transverse >= k * m.Of(p.SinCollection))
        {
            return new DeviceComplex<T>(zero, zero);
        }

        var cosTheta = m.Sqrt(one - (transverse * transverse / (k * k)));
        T cosPhi = transverse > zero ? kx / transverse : one, sinPhi = transverse > zero ? ky / transverse : zero;
        T cosIn = m.Of(p.CosIn), sinIn = m.Of(p.SinIn), illumination = m.Of(p.Illumination);
        T c1 = (sinPhi * cosIn) + (cosPhi * sinIn), c2 = (cosPhi * cosIn) - (sinPhi * sinIn);
        if (p.HasAnalyser != 0)
        {
            T cosOut = m.Of(p.CosOut), sinOut = m.Of(p.SinOut);
            c1 *= (sinPhi * cosOut) + (cosPhi * sinOut);
            c2 *= (cosPhi * cosOut) - (sinPhi * sinOut);
        }

        var mu = p.Illumination == 0 ? cosTheta : m.Clamp(m.Cos(m.Acos(cosTheta) + illumination), -one, one);
        var s1 = new DeviceComplex<T>(zero, zero);
        var s2 = new DeviceComplex<T>(zero, zero);
        T piPrevious = zero, pi = one;
        for (int i = 0; i < p.Terms; i++)
        {
            int n = i + 1;
            if (n > 1)
            {
                var next = ((m.Of((2 * n) - 1) * mu * pi) - (m.Of(n) * piPrevious)) / m.Of(n - 1);
                piPrevious = pi;
                pi = next;
            }

            var tau = (m.Of(n) * mu * pi) - (m.Of(n + 1) * piPrevious);
            var weight = m.Of(((2.0 * n) + 1) / ((double)n * (n + 1)));
            var an = coefficients[p.CoefficientOffset + (2 * i)];
            var bn = coefficients[p.CoefficientOffset + (2 * i) + 1];
            s1 += ((an * pi) + (bn * tau)) * weight;
            s2 += ((an * tau) + (bn * pi)) * weight;
        }

        // The angular weights: coherence, then the aplanatic √cos θ or DeepTrack 2.0's cos(θ + illumination) behind an analyser.
        var w = one;
        if (p.Coherent == 0)
        {
            var tan2 = (one - (cosTheta * cosTheta)) / (cosTheta * cosTheta);
            var coherence = m.Of(p.Coherence);
            w = m.Exp(-m.Of(0.5) * tan2 / (coherence * coherence));
        }

        T w1, w2;
        if (p.Aplanatic != 0)
        {
            w *= m.Sqrt(cosTheta);
            w1 = w;
            w2 = w;
        }
        else
        {
            w1 = w;
            w2 = w * (p.Analysed != 0 ? m.Cos(m.Acos(cosTheta) + illumination) : one);
        }

        var amplitude = (s2 * (c2 * w2)) + (s1 * (c1 * w1));
        amplitude = new DeviceComplex<T>(amplitude.Re / cosTheta, amplitude.Im / cosTheta);
        var prefactor = m.Of(-2 * XMath.PID / (voxel * voxel * p.K * p.K));
        var kz = m.Of(p.K * p.ZMeters);
        var incident = new DeviceComplex<T>(prefactor * m.Cos(kz), prefactor * m.Sin(kz));
        T row = m.Of(p.RowMeters), column = m.Of(p.ColumnMeters), z = m.Of(p.ZMeters);
        var rowShift = new DeviceComplex<T>(m.Cos(-kx * row), m.Sin(-kx * row));
        var columnShift = new DeviceComplex<T>(m.Cos(-ky * column), m.Sin(-ky * column));
        var defocusPhase = -k * cosTheta * z;
        var defocus = new DeviceComplex<T>(m.Cos(defocusPhase), m.Sin(defocusPhase));
        return incident * amplitude * rowShift * columnShift * defocus;
    }

    private static int Frequency(int index, int size) => index < (size + 1) / 2 ? index : index - size;

    /// <summary>The grid element at the top-left of the factor × factor block that makes camera pixel <paramref name="index"/>.</summary>
    /// <param name="index">Image × camera pixel.</param>
    /// <param name="crop">The window.</param>
    /// <param name="factor">The upscale.</param>
    /// <param name="image">The image the pixel belongs to.</param>
    /// <returns>The element's index over all grids.</returns>
    private static long BlockCorner(int index, CropArguments crop, int factor, out int image)
    {
        int width = crop.OutputWidth / factor, pixels = crop.OutputHeight / factor * width;
        image = index / pixels;
        int rest = index - (image * pixels);
        int row = rest / width, column = rest - (row * width);
        return ((long)image * crop.GridHeight * crop.GridWidth) + ((long)((row * factor) + crop.CropRow) * crop.GridWidth) + (column * factor) + crop.CropColumn;
    }
}
