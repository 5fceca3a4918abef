using System.Numerics;
using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>A radix of <see cref="FftKernel.Pass{TButterfly, T, TMath}"/>: loads its inputs, applies the twiddles and the small DFT, stores the outputs.</summary>
internal interface IButterfly
{
    /// <summary>The radix.</summary>
    int Radix { get; }

    /// <summary>Computes one butterfly.</summary>
    /// <typeparam name="T">The precision.</typeparam>
    /// <typeparam name="TMath">Its functions.</typeparam>
    /// <param name="source">The input of the pass.</param>
    /// <param name="target">The output of the pass.</param>
    /// <param name="twiddles">exp(−2πik/N).</param>
    /// <param name="a">The pass.</param>
    /// <param name="b">Where this butterfly reads and writes.</param>
    void Apply<T, TMath>(ArrayView<DeviceComplex<T>> source, ArrayView<DeviceComplex<T>> target, ArrayView<DeviceComplex<T>> twiddles, FftPass a, ButterflyPass b)
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>;
}
