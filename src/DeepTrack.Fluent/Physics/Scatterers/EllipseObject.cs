using System;

namespace DeepTrack.Fluent.Physics;

/// <summary>What <see cref="Ellipse"/> appends: a flat elliptical disk, one pixel thick.</summary>
public sealed record EllipseObject : VolumeObject
{
    /// <summary>The semi-axis along the first axis (columns at zero rotation).</summary>
    public required Length Radius { get; init; }

    /// <summary>The semi-axis along the second axis (rows at zero rotation).</summary>
    public required Length SecondRadius { get; init; }

    /// <summary>The rotation of the first axis, counter-clockwise as displayed (rows downwards).</summary>
    public Angle Rotation { get; init; }

    /// <inheritdoc />
    public override Length BoundingRadius => Length.FromMeters(Math.Max(Radius.Meters, SecondRadius.Meters));

    /// <inheritdoc />
    internal override (double Voxels, string Property, object Value)? Extent(VoxelGrid grid)
    {
        bool first = Radius >= SecondRadius;
        double across = 2 * Math.Ceiling((first ? Radius : SecondRadius) / grid.VoxelSize);
        return (across * across, first ? nameof(Radius) : nameof(SecondRadius), first ? Radius : SecondRadius);
    }

    /// <summary>
    /// Voxels whose centre lies strictly inside the ellipse, on a grid from −⌈r⌉ to ⌈r⌉ − 1 voxels (r the larger
    /// semi-axis in lateral voxels), each holding the axial upscale (one pixel of thickness in a single plane).
    /// A voxel at column offset x and row offset y is inside when u = x·cos α − y·sin α and v = x·sin α + y·cos α
    /// satisfy (u/a)² + (v/b)² &lt; 1 (α = <see cref="Rotation"/>).
    /// </summary>
    /// <param name="grid">The simulation grid.</param>
    /// <returns>The occupancy.</returns>
    public override Voxels Voxelise(VoxelGrid grid)
    {
        double a = Radius / grid.VoxelSize, b = SecondRadius / grid.VoxelSize;
        int half = checked((int)Math.Ceiling(Math.Max(a, b)));
        var voxels = new Voxels(2 * half, 2 * half, 1);
        double cos = Math.Cos(Rotation.Radians), sin = Math.Sin(Rotation.Radians);
        for (int row = 0; row < 2 * half; row++)
        {
            double y = row - half;
            for (int column = 0; column < 2 * half; column++)
            {
                double x = column - half;
                double u = x * cos - y * sin, v = x * sin + y * cos;
                if (u * u / (a * a) + v * v / (b * b) < 1)
                {
                    voxels[row, column, 0] = grid.AxialUpscale;
                }
            }
        }

        return voxels;
    }
}
