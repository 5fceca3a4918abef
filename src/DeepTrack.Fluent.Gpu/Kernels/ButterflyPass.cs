namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>Where one butterfly of a pass reads and writes.</summary>
internal struct ButterflyPass
{
    /// <summary>The first element of the transform.</summary>
    public long Basis;

    /// <summary>j: input r is element j + r·N/radix.</summary>
    public int Source;

    /// <summary>N / radix.</summary>
    public int Butterflies;

    /// <summary>The twiddle index of input 1 (input r uses r times it).</summary>
    public int Step;

    /// <summary>Output r is element Destination + r·Span.</summary>
    public int Destination;
}
