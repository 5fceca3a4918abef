using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A sample object that occupies voxels: the optics voxelise it with <see cref="Voxelise"/> and image the voxels
/// (fluorescence: emitted intensity; coherent optics: refractive-index contrast).
/// </summary>
public abstract record VolumeObject : SampleObject
{
    /// <summary>Fluorescence: the light emitted per cubic pixel of the object (a point particle emits this in total).</summary>
    public double Intensity { get; init; } = 1;

    /// <summary>Coherent optics: the refractive index (an imaginary part absorbs).</summary>
    public Complex RefractiveIndex { get; init; } = 1;

    /// <summary>
    /// Renders the object's occupancy on the voxel grid (lateral voxel <see cref="VoxelGrid.VoxelSize"/>, z step
    /// <see cref="VoxelGrid.AxialVoxelSize"/>). Values are the fraction of a voxel the object fills, except that
    /// objects thinner than a pixel report the occupancy of a full pixel (a point particle: u²·u_z in one voxel;
    /// a flat ellipse: u_z in one plane, for a lateral upscale u and an axial upscale u_z), so that
    /// Σ occupancy / (u²·u_z) is the object's volume in cubic pixels.
    /// </summary>
    /// <param name="grid">The voxel size and upscale of the simulation.</param>
    /// <returns>The occupancy, centred anywhere: the optics place its centre of mass at the object's position.</returns>
    public abstract Voxels Voxelise(VoxelGrid grid);

    /// <summary>
    /// The number of voxels <see cref="Voxelise"/> will allocate on <paramref name="grid"/>, and the property that
    /// sets it (for the error when an object is too large to voxelise); null when not known in advance.
    /// </summary>
    /// <param name="grid">The simulation grid.</param>
    /// <returns>The voxel count, the property's name and its value, or null.</returns>
    internal virtual (double Voxels, string Property, object Value)? Extent(VoxelGrid grid) => null;
}
