namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>The grid of <see cref="CoherentKernels.FocusedSpectrum"/>.</summary>
internal struct CoherentGrid
{
    public int Height;
    public int Width;

    /// <summary>The lateral voxel size in metres.</summary>
    public double Voxel;

    /// <summary>1 to include the unscattered plane wave (brightfield, holography); 0 for the scattered field alone (darkfield, iSCAT).</summary>
    public int PlaneWave;
}
