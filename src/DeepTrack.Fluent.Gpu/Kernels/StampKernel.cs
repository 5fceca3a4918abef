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
    /// <param name="index">Image × OutputHeight × OutputWidth.</param>
    /// <param name="a">The batch.</param>
    public static void Gather(Index1D index, StampArguments a)
    {
        int pixels = a.OutputHeight * a.OutputWidth;
        int image = index / pixels, rest = index - (image * pixels);
        int row = rest / a.OutputWidth, column = rest - (row * a.OutputWidth);
        int gridLength = a.GridHeight * a.GridWidth;
        double sum = 0;
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

/// <summary>The arguments of <see cref="StampKernel.Gather"/>.</summary>
internal struct StampArguments
{
    /// <summary>The simulated output of every image (image-major).</summary>
    public ArrayView<double> Output;

    /// <summary>Entries of image b are Offsets[b] … Offsets[b + 1] − 1.</summary>
    public ArrayView<int> Offsets;

    /// <summary>Each entry's grid row.</summary>
    public ArrayView<int> SourceRows;

    /// <summary>Each entry's PSF column at output column 0: (CropColumn − grid column) mod GridWidth.</summary>
    public ArrayView<int> StartColumns;

    /// <summary>Each entry's emission.</summary>
    public ArrayView<double> Values;

    /// <summary>Each entry's plane in <see cref="Psfs"/>.</summary>
    public ArrayView<int> Slots;

    /// <summary>The PSF planes of the batch, GridHeight × GridWidth each.</summary>
    public ArrayView<double> Psfs;

    public int OutputHeight;
    public int OutputWidth;
    public int GridHeight;
    public int GridWidth;
    public int CropRow;
}
