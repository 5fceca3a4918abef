namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>One pass of <see cref="FftKernel.Pass{TButterfly, T, TMath}"/>: transform t starts at (t / Inner)·OuterStride + (t mod Inner)·InnerStride, element e lies ElementStride·e further.</summary>
internal struct FftPass
{
    /// <summary>N, the length of every transform.</summary>
    public int Length;

    /// <summary>The product of the radices of the passes before (1 for the first).</summary>
    public int Span;

    public int Inner;
    public int InnerStride;
    public int OuterStride;
    public int ElementStride;

    /// <summary>1 for the inverse transform (conjugate twiddles), 0 for the forward one.</summary>
    public int Inverse;

    /// <summary>Multiplies the outputs (1/N on the last pass of an inverse transform, else 1).</summary>
    public double Scale;
}
