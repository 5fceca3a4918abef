namespace DeepTrack.Fluent.Physics;

/// <summary>What <see cref="PointParticle"/> appends: one voxel holding a full cubic pixel of emitter.</summary>
public sealed record PointObject : VolumeObject
{
    /// <inheritdoc />
    public override Voxels Voxelise(VoxelGrid grid)
    {
        var voxels = new Voxels(1, 1, 1);
        voxels[0, 0, 0] = grid.VoxelsPerCubicPixel;
        return voxels;
    }
}
