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
    /// Renders the object's occupancy on a grid of cubic voxels. Values are the fraction of a voxel the object
    /// fills, except that objects thinner than a pixel report the occupancy of a full pixel (a point particle:
    /// u³ in one voxel; a flat ellipse: u in one plane, for an upscale u), so that Σ occupancy / u³ is the
    /// object's volume in cubic pixels.
    /// </summary>
    /// <param name="grid">The voxel size and upscale of the simulation.</param>
    /// <returns>The occupancy, centred anywhere: the optics place its centre of mass at the object's position.</returns>
    public abstract Voxels Voxelise(VoxelGrid grid);
}
