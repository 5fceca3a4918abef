using System.Numerics;
using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>
/// Point-source imaging by gather: every simulated output pixel of every image of the batch sums value × PSF over
/// its image's stamp entries, in the entries' order (that of the managed path's <c>Stamp</c>), reading the cached PSF
/// plane of each entry circularly shifted to the entry's grid index.
/// </summary>
internal static class StampKernel
{
    /// <summary>One thread per simulated output pixel of the batch.</summary>
    /// <typeparam name="T">The precision.</typeparam>
    /// <param name="index">Image × OutputHeight × OutputWidth.</param>
    /// <param name="a">The batch.</param>
    public static void Gather<T>(Index1D index, StampArguments<T> a)
        where T : unmanaged, INumber<T>
    {
        int pixels = a.OutputHeight * a.OutputWidth;
        int image = index / pixels, rest = index - (image * pixels);
        int row = rest / a.OutputWidth, column = rest - (row * a.OutputWidth);
        int gridLength = a.GridHeight * a.GridWidth;
        var sum = T.Zero;
        int end = a.Offsets[image + 1];
        for (int k = a.Offsets[image]; k < end; k++)
        {
            int psfRow = Modulo(row + a.CropRow - a.SourceRows[k], a.GridHeight);
            int psfColumn = Modulo(a.StartColumns[k] + column, a.GridWidth);
            sum += a.Psfs[((long)a.Slots[k] * gridLength) + (psfRow * a.GridWidth) + psfColumn] * a.Values[k];
        }

        a.Output[index] = sum;
    }

    private static int Modulo(int value, int modulus)
    {
        int result = value % modulus;
        return result < 0 ? result + modulus : result;
    }
}
