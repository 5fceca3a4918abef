namespace DeepTrack.Fluent.Physics;

/// <summary>The simulation grid that volume objects are voxelised on.</summary>
/// <param name="PixelSize">The size of one camera pixel in the sample (camera pitch / magnification).</param>
/// <param name="Upscale">Simulation voxels per pixel along each axis (≥ 1).</param>
public readonly record struct VoxelGrid(Length PixelSize, int Upscale)
{
    /// <summary>The edge of one cubic simulation voxel: <see cref="PixelSize"/> / <see cref="Upscale"/>.</summary>
    public Length VoxelSize => PixelSize / Upscale;
}
