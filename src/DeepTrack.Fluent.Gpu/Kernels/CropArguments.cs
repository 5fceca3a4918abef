namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>The grid of <see cref="SpectrumKernels.CropAdd"/> and <see cref="SpectrumKernels.Bin"/>.</summary>
internal struct CropArguments
{
    public int GridHeight;
    public int GridWidth;
    public int CropRow;
    public int CropColumn;
    public int OutputHeight;
    public int OutputWidth;
}
