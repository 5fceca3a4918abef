using System.Numerics;
using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>The element-wise steps of the FFT convolution of dense planes: to complex, × OTF summed per image, and the crop of the real part.</summary>
internal static class SpectrumKernels
{
    /// <summary>target[i] = source[i] + 0i.</summary>
    /// <typeparam name="T">The precision.</typeparam>
    /// <param name="index">The element.</param>
    /// <param name="source">Real values.</param>
    /// <param name="target">Complex values.</param>
    public static void ToComplex<T>(Index1D index, ArrayView<T> source, ArrayView<DeviceComplex<T>> target)
        where T : unmanaged, INumber<T>
        => target[index] = new DeviceComplex<T>(source[index], T.Zero);

    /// <summary>
    /// Spectrum of image s at grid element i: Σ over its planes p (PlaneOffsets[s] … PlaneOffsets[s + 1] − 1, in
    /// increasing z as in the managed path) of plane p's spectrum × the OTF of its slot.
    /// </summary>
    /// <typeparam name="T">The precision.</typeparam>
    /// <param name="index">Image-with-planes × grid element.</param>
    /// <param name="planes">The transformed planes.</param>
    /// <param name="otfs">The OTF of every PSF slot.</param>
    /// <param name="planeOffsets">The planes of each image that has any.</param>
    /// <param name="planeSlots">The PSF slot of each plane.</param>
    /// <param name="spectra">The summed spectrum per image that has planes.</param>
    /// <param name="gridLength">Elements per grid.</param>
    public static void MultiplyAccumulate<T>(Index1D index, ArrayView<DeviceComplex<T>> planes, ArrayView<DeviceComplex<T>> otfs, ArrayView<int> planeOffsets, ArrayView<int> planeSlots, ArrayView<DeviceComplex<T>> spectra, int gridLength)
        where T : unmanaged, INumber<T>
    {
        int image = index / gridLength, element = index - (image * gridLength);
        var sum = new DeviceComplex<T>(T.Zero, T.Zero);
        int end = planeOffsets[image + 1];
        for (int p = planeOffsets[image]; p < end; p++)
        {
            sum += planes[((long)p * gridLength) + element] * otfs[((long)planeSlots[p] * gridLength) + element];
        }

        spectra[index] = sum;
    }

    /// <summary>Adds the real part of each inverse-transformed spectrum's output region to its image's simulated output.</summary>
    /// <typeparam name="T">The precision.</typeparam>
    /// <param name="index">Image-with-planes × output pixel.</param>
    /// <param name="spectra">The inverse-transformed spectra.</param>
    /// <param name="images">The batch image of each spectrum.</param>
    /// <param name="output">The simulated outputs of the batch.</param>
    /// <param name="a">The grid.</param>
    public static void CropAdd<T>(Index1D index, ArrayView<DeviceComplex<T>> spectra, ArrayView<int> images, ArrayView<T> output, CropArguments a)
        where T : unmanaged, INumber<T>
    {
        int pixels = a.OutputHeight * a.OutputWidth;
        int spectrum = index / pixels, rest = index - (spectrum * pixels);
        int row = rest / a.OutputWidth, column = rest - (row * a.OutputWidth);
        long source = ((long)spectrum * a.GridHeight * a.GridWidth) + ((long)(row + a.CropRow) * a.GridWidth) + a.CropColumn + column;
        output[((long)images[spectrum] * pixels) + rest] += spectra[source].Re;
    }

    /// <summary>target[i] = (float)source[i], rounded to nearest.</summary>
    /// <param name="index">The element.</param>
    /// <param name="source">Doubles.</param>
    /// <param name="target">Singles.</param>
    public static void ToSingle(Index1D index, ArrayView<double> source, ArrayView<float> target)
        => target[index] = (float)source[index];

    /// <summary>Sums blocks of factor × factor simulated pixels into camera pixels (in double), rows then columns as the managed binning does.</summary>
    /// <typeparam name="T">The precision.</typeparam>
    /// <typeparam name="TMath">Its functions.</typeparam>
    /// <param name="index">Image × camera pixel.</param>
    /// <param name="simulated">The simulated outputs.</param>
    /// <param name="binned">The camera images.</param>
    /// <param name="a">The grid (OutputHeight/Width in simulation pixels).</param>
    /// <param name="factor">The upscale.</param>
    public static void Bin<T, TMath>(Index1D index, ArrayView<T> simulated, ArrayView<double> binned, CropArguments a, int factor)
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>
    {
        int height = a.OutputHeight / factor, width = a.OutputWidth / factor, pixels = height * width;
        int image = index / pixels, rest = index - (image * pixels);
        int row = rest / width, column = rest - (row * width);
        long basis = (long)image * a.OutputHeight * a.OutputWidth;
        var sum = T.Zero;
        for (int r = 0; r < factor; r++)
        {
            for (int c = 0; c < factor; c++)
            {
                sum += simulated[basis + ((long)((row * factor) + r) * a.OutputWidth) + (column * factor) + c];
            }
        }

        binned[index] = default(TMath).ToDouble(sum);
    }
}
