namespace DeepTrack.Fluent.Physics;

/// <summary>The simulation grid that volume objects are voxelised on.</summary>
/// <param name="PixelSize">The size of one camera pixel in the sample (camera pitch / magnification).</param>
/// <param name="Upscale">Simulation voxels per pixel along the rows and the columns (≥ 1).</param>
/// <param name="AxialUpscale">Simulation planes per pixel along z (≥ 1).</param>
public readonly record struct VoxelGrid(Length PixelSize, int Upscale, int AxialUpscale)
{
    /// <summary>A grid with the same upscale along every axis (cubic voxels).</summary>
    /// <param name="pixelSize">The size of one camera pixel in the sample.</param>
    /// <param name="upscale">Simulation voxels per pixel along every axis (≥ 1).</param>
    public VoxelGrid(Length pixelSize, int upscale)
        : this(pixelSize, upscale, upscale)
    {
    }

    /// <summary>The lateral edge of one simulation voxel (rows and columns): <see cref="PixelSize"/> / <see cref="Upscale"/>.</summary>
    public Length VoxelSize => PixelSize / Upscale;

    /// <summary>The z step of the simulation: <see cref="PixelSize"/> / <see cref="AxialUpscale"/>.</summary>
    public Length AxialVoxelSize => PixelSize / AxialUpscale;

    /// <summary>The number of voxels in one cubic pixel: Upscale² · AxialUpscale.</summary>
    public double VoxelsPerCubicPixel => (double)Upscale * Upscale * AxialUpscale;
}
