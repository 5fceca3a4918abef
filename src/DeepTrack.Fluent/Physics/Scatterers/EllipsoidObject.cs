using System;

namespace DeepTrack.Fluent.Physics;

/// <summary>What <see cref="Ellipsoid"/> and <see cref="Sphere"/> append: a solid, possibly rotated ellipsoid.</summary>
public sealed record EllipsoidObject : VolumeObject
{
    /// <summary>The semi-axis along the first axis (columns at zero rotation).</summary>
    public required Length Radius { get; init; }

    /// <summary>The semi-axis along the second axis (rows at zero rotation).</summary>
    public required Length SecondRadius { get; init; }

    /// <summary>The semi-axis along the third axis (z at zero rotation).</summary>
    public required Length ThirdRadius { get; init; }

    /// <summary>The rotation about z.</summary>
    public Angle Rotation { get; init; }

    /// <summary>The rotation about the second axis.</summary>
    public Angle SecondRotation { get; init; }

    /// <summary>The rotation about the first axis.</summary>
    public Angle ThirdRotation { get; init; }

    /// <summary>Whether voxel centres exactly on the surface count as inside (spheres: yes, as in DeepTrack 2.0).</summary>
    public bool IncludeSurface { get; init; }

    /// <summary>
    /// Voxels whose centre lies inside, on a cubic grid from −⌈r⌉ to ⌈r⌉ − 1 voxels per axis (r the largest
    /// semi-axis in voxels), each holding 1.
    /// </summary>
    /// <param name="grid">The simulation grid.</param>
    /// <returns>The occupancy.</returns>
    public override Voxels Voxelise(VoxelGrid grid)
    {
        double a = Radius / grid.VoxelSize, b = SecondRadius / grid.VoxelSize, c = ThirdRadius / grid.VoxelSize;
        int half = (int)Math.Ceiling(Math.Max(a, Math.Max(b, c)));
        var voxels = new Voxels(2 * half, 2 * half, 2 * half);
        double c0 = Math.Cos(Rotation.Radians), s0 = Math.Sin(Rotation.Radians);
        double c1 = Math.Cos(SecondRotation.Radians), s1 = Math.Sin(SecondRotation.Radians);
        double c2 = Math.Cos(ThirdRotation.Radians), s2 = Math.Sin(ThirdRotation.Radians);
        for (int k = 0; k < 2 * half; k++)
        {
            double z = k - half;
            for (int row = 0; row < 2 * half; row++)
            {
                double y = row - half;
                for (int column = 0; column < 2 * half; column++)
                {
                    double x = column - half;
                    double xr = c0 * c1 * x + (c0 * s1 * s2 - s0 * c2) * y + (c0 * s1 * c2 + s0 * s2) * z;
                    double yr = s0 * c1 * x + (s0 * s1 * s2 + c0 * c2) * y + (s0 * s1 * c2 - c0 * s2) * z;
                    double zr = -s1 * x + c1 * s2 * y + c1 * c2 * z;
                    double r2 = Square(xr / a) + Square(yr / b) + Square(zr / c);
                    if (r2 < 1 || (IncludeSurface && r2 <= 1))
                    {
                        voxels[row, column, k] = 1;
                    }
                }
            }
        }

        return voxels;
    }

    private static double Square(double x) => x * x;
}
