using System;
using System.Collections.Generic;
using System.Numerics;
using DeepTrack.Fluent.Gpu.Kernels;
using ILGPU;

namespace DeepTrack.Fluent.Gpu.Batching;

/// <summary>Batched two-dimensional FFTs of H × W grids on the device (numpy's conventions: the inverse divides by H·W), rows then columns, by <see cref="FftKernel.Pass{TButterfly, T, TMath}"/>.</summary>
/// <typeparam name="T">The precision.</typeparam>
/// <typeparam name="TMath">Its functions.</typeparam>
internal sealed class DeviceFft<T, TMath>
    where T : unmanaged, INumber<T>
    where TMath : struct, IDeviceMath<T>
{
    private readonly GpuKernels kernels;
    private readonly OpticsKernels<T, TMath> optics;
    private readonly int height;
    private readonly int width;

    public DeviceFft(GpuKernels kernels, OpticsKernels<T, TMath> optics, int height, int width)
    {
        this.kernels = kernels;
        this.optics = optics;
        this.height = height;
        this.width = width;
        Radices(height);
        Radices(width);
    }

    /// <summary>Transforms <paramref name="count"/> grids, using <paramref name="scratch"/> as the second buffer.</summary>
    /// <param name="data">The grids, grid-major.</param>
    /// <param name="scratch">A buffer of the same length.</param>
    /// <param name="count">Grids.</param>
    /// <param name="inverse">Inverse (scaled) instead of forward.</param>
    /// <returns>The buffer that holds the result (<paramref name="data"/> or <paramref name="scratch"/>).</returns>
    public ArrayView<DeviceComplex<T>> Transform(ArrayView<DeviceComplex<T>> data, ArrayView<DeviceComplex<T>> scratch, int count, bool inverse)
    {
        int gridLength = height * width;
        // Rows: transform t = (grid, row) starts at grid·H·W + row·W, elements 1 apart.
        (data, scratch) = Passes(data, scratch, width, count * height, height, width, gridLength, 1, inverse);
        // Columns: transform t = (grid, column) starts at grid·H·W + column, elements W apart.
        (data, _) = Passes(data, scratch, height, count * width, width, 1, gridLength, width, inverse);
        return data;
    }

    private (ArrayView<DeviceComplex<T>> Result, ArrayView<DeviceComplex<T>> Free) Passes(ArrayView<DeviceComplex<T>> data, ArrayView<DeviceComplex<T>> scratch, int length, int transforms, int inner, int innerStride, int outerStride, int elementStride, bool inverse)
    {
        var radices = Radices(length);
        var twiddles = kernels.Upload<DeviceComplex<T>>(length == width ? "twiddlesWidth" : "twiddlesHeight", Twiddles(length));
        int span = 1;
        for (int k = 0; k < radices.Count; k++)
        {
            int radix = radices[k];
            var pass = new FftPass
            {
                Length = length,
                Span = span,
                Inner = inner,
                InnerStride = innerStride,
                OuterStride = outerStride,
                ElementStride = elementStride,
                Inverse = inverse ? 1 : 0,
                Scale = inverse && k == radices.Count - 1 ? 1.0 / length : 1.0,
            };
            var launch = radix == 2 ? optics.FftPass2 : optics.FftPass3;
            launch(transforms * (length / radix), data, scratch, twiddles, pass);
            (data, scratch) = (scratch, data);
            span *= radix;
        }

        return (data, scratch);
    }

    /// <summary>The passes of a length 2^a·3^b: threes first, then twos.</summary>
    private static List<int> Radices(int length)
    {
        var radices = new List<int>();
        int rest = length;
        while (rest % 3 == 0)
        {
            radices.Add(3);
            rest /= 3;
        }

        while (rest % 2 == 0)
        {
            radices.Add(2);
            rest /= 2;
        }

        if (rest != 1)
        {
            throw new NotSupportedException($"The device FFT transforms lengths 2^a·3^b (the optics' grid sizes); {length} is not one.");
        }

        return radices;
    }

    /// <summary>exp(−2πik/N) computed in double and rounded to the precision.</summary>
    private static DeviceComplex<T>[] Twiddles(int length)
    {
        var m = default(TMath);
        var table = new DeviceComplex<T>[length];
        for (int k = 0; k < length; k++)
        {
            var (sin, cos) = Math.SinCos(-2 * Math.PI * k / length);
            table[k] = new DeviceComplex<T>(m.Of(cos), m.Of(sin));
        }

        return table;
    }
}
