namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>One Mie particle of <see cref="CoherentKernels.FocusedSpectrum"/> (the managed <c>MieSpectrumSource</c>).</summary>
internal record struct MieParticle
{
    public double RowMeters;
    public double ColumnMeters;
    public double ZMeters;
    public double K;
    public double SinCollection;
    public double Illumination;
    public double Coherence;

    /// <summary>1 when the light is coherent (no coherence length).</summary>
    public int Coherent;

    public double CosIn;
    public double SinIn;
    public int HasAnalyser;
    public double CosOut;
    public double SinOut;

    /// <summary>1 for the aplanatic objective's projection.</summary>
    public int Aplanatic;

    /// <summary>1 when an output polarisation is set.</summary>
    public int Analysed;

    public int Terms;
    public int CoefficientOffset;
}
