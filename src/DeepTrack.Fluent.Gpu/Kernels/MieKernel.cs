using ILGPU;
using ILGPU.Algorithms;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>
/// The scattered far field of Mie particles on a plane, per pixel of a batch of grids: the managed
/// <c>MieFieldKernel.ScatteredField</c> (Bohren–Huffman, e^{−iωt}) with the angular functions π_n, τ_n by their
/// recurrence, the collection-angle cut, and the coefficients a_n, b_n of each field computed on the host.
/// </summary>
internal static class MieKernel
{
    /// <summary>One thread per pixel of every field of the batch.</summary>
    /// <param name="index">Field × Height × Width.</param>
    /// <param name="fields">The parameters of each field.</param>
    /// <param name="coefficients">a_1, b_1, a_2, b_2, … of every field, from <see cref="MieField.CoefficientOffset"/>.</param>
    /// <param name="output">The fields, field-major.</param>
    /// <param name="height">Rows per field.</param>
    /// <param name="width">Columns per field.</param>
    public static void Field(Index1D index, ArrayView<MieField> fields, ArrayView<Complex2> coefficients, ArrayView<Complex2> output, int height, int width)
    {
        int pixels = height * width;
        int f = index / pixels, rest = index - (f * pixels);
        int row = rest / width, column = rest - (row * width);
        var p = fields[f];
        double x = (row - p.Row) * p.PixelMeters, y = (column - p.Column) * p.PixelMeters;
        double r = XMath.Sqrt((x * x) + (y * y) + (p.OffsetZ * p.OffsetZ));
        double mu = p.OffsetZ / r;
        if (mu <= p.CosCollection)
        {
            output[index] = new Complex2(0, 0);
            return;
        }

        double phi = XMath.Atan2(y, x);
        double c1 = XMath.Sin(phi + p.InputPolarization);
        double c2 = XMath.Cos(phi + p.InputPolarization);
        if (p.HasAnalyser != 0)
        {
            c1 *= XMath.Sin(phi + p.OutputPolarization);
            c2 *= XMath.Cos(phi + p.OutputPolarization);
        }

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

        // i/(kR)·e^{ikR}.
        double kr = p.K * r;
        var spherical = new Complex2(-XMath.Sin(kr) / kr, XMath.Cos(kr) / kr);
        output[index] = spherical * ((s2 * c2) + (s1 * c1));
    }
}

/// <summary>One field of <see cref="MieKernel.Field"/>: the particle at (Row, Column) pixels of its grid, OffsetZ metres before the plane.</summary>
internal record struct MieField
{
    public double Row;
    public double Column;
    public double PixelMeters;
    public double OffsetZ;

    /// <summary>The wavenumber in the medium, per metre.</summary>
    public double K;

    public double CosCollection;
    public double InputPolarization;
    public double OutputPolarization;

    /// <summary>1 when <see cref="OutputPolarization"/> is an analyser's angle.</summary>
    public int HasAnalyser;

    /// <summary>L, the number of coefficient pairs.</summary>
    public int Terms;

    public int CoefficientOffset;
}
