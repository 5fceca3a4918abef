using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>A radix of <see cref="FftKernel.Pass{TButterfly}"/>: loads its inputs, applies the twiddles and the small DFT, stores the outputs.</summary>
internal interface IButterfly
{
    /// <summary>The radix.</summary>
    int Radix { get; }

    /// <summary>Computes one butterfly.</summary>
    /// <param name="source">The input of the pass.</param>
    /// <param name="target">The output of the pass.</param>
    /// <param name="twiddles">exp(−2πik/N).</param>
    /// <param name="a">The pass.</param>
    /// <param name="b">Where this butterfly reads and writes.</param>
    void Apply(ArrayView<Complex2> source, ArrayView<Complex2> target, ArrayView<Complex2> twiddles, FftPass a, ButterflyPass b);
}
