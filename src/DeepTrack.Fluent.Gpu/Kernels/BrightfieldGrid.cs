namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>The grid of <see cref="BrightfieldKernels.FocusedSpectrum"/>.</summary>
internal struct BrightfieldGrid
{
    public int Height;
    public int Width;

    /// <summary>The lateral voxel size in metres.</summary>
    public double Voxel;
}
