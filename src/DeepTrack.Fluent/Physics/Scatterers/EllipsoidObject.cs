using System;

namespace DeepTrack.Fluent.Physics;

/// <summary>What <see cref="Ellipsoid"/> and <see cref="Sphere"/> append: a solid, possibly rotated ellipsoid.</summary>
/// <remarks>
/// Rotation convention: a voxel at offset p = (x, y, z) from the centre (x along the columns, y along the rows, z
/// along the optical axis) is inside when q = Rz(α)·Rx(β)·Ry(γ)·p satisfies
/// (q_x/a)² + (q_y/b)² + (q_z/c)² &lt; 1, with α = <see cref="Rotation"/>, β = <see cref="SecondRotation"/>,
/// γ = <see cref="ThirdRotation"/> and a, b, c = <see cref="Radius"/>, <see cref="SecondRadius"/>,
/// <see cref="ThirdRadius"/>, where Rz(t) = [[cos t, −sin t, 0], [sin t, cos t, 0], [0, 0, 1]],
/// Rx(t) = [[1, 0, 0], [0, cos t, −sin t], [0, sin t, cos t]] and Ry(t) = [[cos t, 0, sin t], [0, 1, 0],
/// [−sin t, 0, cos t]] (rows of the matrices listed in order). So α turns the first
/// semi-axis counter-clockwise as displayed (as <see cref="EllipseObject"/>), β tilts the ellipsoid about the
/// column axis and γ about the row axis. DeepTrack 2.0 applies Rz·Ry·Rx to (row, column, z); its angles
/// (α, β, γ) are exactly this convention's (−α, −β, −γ).
/// </remarks>
public sealed record EllipsoidObject : VolumeObject
{
    /// <summary>The semi-axis along the first axis (columns at zero rotation).</summary>
    public required Length Radius { get; init; }

    /// <summary>The semi-axis along the second axis (rows at zero rotation).</summary>
    public required Length SecondRadius { get; init; }

    /// <summary>The semi-axis along the third axis (z at zero rotation).</summary>
    public required Length ThirdRadius { get; init; }

    /// <summary>The rotation about z, counter-clockwise as displayed.</summary>
    public Angle Rotation { get; init; }

    /// <summary>The rotation about the column axis.</summary>
    public Angle SecondRotation { get; init; }

    /// <summary>The rotation about the row axis.</summary>
    public Angle ThirdRotation { get; init; }

    /// <inheritdoc />
    public override Length BoundingRadius => Length.FromMeters(Math.Max(Radius.Meters, Math.Max(SecondRadius.Meters, ThirdRadius.Meters)));

    /// <summary>Whether voxel centres exactly on the surface count as inside (spheres: yes, as in DeepTrack 2.0).</summary>
    public bool IncludeSurface { get; init; }

    /// <inheritdoc />
    internal override (double Voxels, string Property, object Value)? Extent(VoxelGrid grid)
    {
        var (property, largest) = Radius >= SecondRadius && Radius >= ThirdRadius ? (nameof(Radius), Radius)
            : SecondRadius >= ThirdRadius ? (nameof(SecondRadius), SecondRadius) : (nameof(ThirdRadius), ThirdRadius);
        double across = 2 * Math.Ceiling(largest / grid.VoxelSize), deep = 2 * Math.Ceiling(largest / grid.AxialVoxelSize);
        return (across * across * deep, property, largest);
    }

    /// <summary>
    /// Voxels whose centre lies inside, on a grid from −⌈r/Δ⌉ to ⌈r/Δ⌉ − 1 voxels per axis (r the largest semi-axis,
    /// Δ the voxel edge along that axis: lateral or axial), each holding 1.
    /// </summary>
    /// <param name="grid">The simulation grid.</param>
    /// <returns>The occupancy.</returns>
    public override Voxels Voxelise(VoxelGrid grid)
    {
        // Lengths in lateral voxels; a z step is AxialVoxelSize / VoxelSize of them (exactly 1 for cubic voxels).
        double a = Radius / grid.VoxelSize, b = SecondRadius / grid.VoxelSize, c = ThirdRadius / grid.VoxelSize;
        double step = (double)grid.Upscale / grid.AxialUpscale;
        double largest = Math.Max(a, Math.Max(b, c));
        int half = checked((int)Math.Ceiling(largest)), halfZ = checked((int)Math.Ceiling(largest / step));
        var voxels = new Voxels(2 * half, 2 * half, 2 * halfZ);
        double c0 = Math.Cos(Rotation.Radians), s0 = Math.Sin(Rotation.Radians);
        double c1 = Math.Cos(SecondRotation.Radians), s1 = Math.Sin(SecondRotation.Radians);
        double c2 = Math.Cos(ThirdRotation.Radians), s2 = Math.Sin(ThirdRotation.Radians);

        // Rz(α)·Rx(β)·Ry(γ), row by row.
        double m00 = c0 * c2 - s0 * s1 * s2, m01 = -s0 * c1, m02 = c0 * s2 + s0 * s1 * c2;
        double m10 = s0 * c2 + c0 * s1 * s2, m11 = c0 * c1, m12 = s0 * s2 - c0 * s1 * c2;
        double m20 = -c1 * s2, m21 = s1, m22 = c1 * c2;
        for (int k = 0; k < 2 * halfZ; k++)
        {
            double z = (k - halfZ) * step;
            for (int row = 0; row < 2 * half; row++)
            {
                double y = row - half;
                for (int column = 0; column < 2 * half; column++)
                {
                    double x = column - half;
                    double qx = m00 * x + m01 * y + m02 * z;
                    double qy = m10 * x + m11 * y + m12 * z;
                    double qz = m20 * x + m21 * y + m22 * z;
                    double r2 = Square(qx / a) + Square(qy / b) + Square(qz / c);
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
