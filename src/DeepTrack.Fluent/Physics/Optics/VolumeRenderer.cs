using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Places volume objects on the optics grid: each object's occupancy is positioned so that its centre of mass
/// lands on its position (sub-pixel laterally by bilinear splatting, on the nearest simulation plane in z), and
/// voxels outside the output region plus padding are dropped.
/// </summary>
/// <remarks>
/// Laterally, camera pixel r covers simulation pixels r·u … r·u + u − 1, so its centre is simulation pixel
/// r·u + (u − 1)/2. Along z, plane k is the defocus k·Δz of the PSF and of the coherent propagation (plane 0 is
/// the focal plane), so z (in pixels) is plane z·u_z with no offset. The centre of mass goes to the nearest
/// possible place; where two are equally near (an even number of planes), to the one farther from focus, so that
/// +z and −z are mirror images.
/// </remarks>
internal static class VolumeRenderer
{
    /// <summary>Renders the objects into planes keyed by z (in simulation voxels from focus).</summary>
    /// <typeparam name="T">The voxel value type.</typeparam>
    /// <param name="objects">The objects.</param>
    /// <param name="layout">The grid.</param>
    /// <param name="valueOf">The value of one unit of occupancy of an object.</param>
    /// <returns>The occupied planes, in increasing z.</returns>
    public static SortedDictionary<int, VoxelPlane<T>> Render<T>(IEnumerable<VolumeObject> objects, SimulationLayout layout, Func<VolumeObject, T> valueOf)
        where T : unmanaged, INumberBase<T>
    {
        var planes = new SortedDictionary<int, VoxelPlane<T>>();
        int u = layout.Upscale, uz = layout.AxialUpscale, gridLength = layout.GridHeight * layout.GridWidth;
        foreach (var item in objects)
        {
            CheckExtent(item, layout);
            var voxels = item.Voxelise(layout.Voxels);
            T value = valueOf(item);
            if (T.IsZero(value))
            {
                continue;
            }

            var (comRow, comColumn, comZ) = CentreOfMass(voxels);
            double cornerRow = item.Position.Row * u + (u - 1) / 2.0 - comRow - layout.OriginRow;
            double cornerColumn = item.Position.Column * u + (u - 1) / 2.0 - comColumn - layout.OriginColumn;
            int row0 = (int)Math.Floor(cornerRow), column0 = (int)Math.Floor(cornerColumn);
            double fr = cornerRow - row0, fc = cornerColumn - column0;
            int z0 = FirstPlane(item.Z * uz, comZ);
            if (row0 + voxels.Height < -1 || row0 >= layout.PaddedHeight || column0 + voxels.Width < -1 || column0 >= layout.PaddedWidth)
            {
                continue;
            }

            Span<(int Row, int Column, double Weight)> taps =
            [
                (0, 0, (1 - fr) * (1 - fc)), (0, 1, (1 - fr) * fc), (1, 0, fr * (1 - fc)), (1, 1, fr * fc),
            ];
            for (int k = 0; k < voxels.Depth; k++)
            {
                VoxelPlane<T>? plane = null;
                for (int i = 0; i < voxels.Height; i++)
                {
                    for (int j = 0; j < voxels.Width; j++)
                    {
                        double occupancy = voxels[i, j, k];
                        if (occupancy == 0)
                        {
                            continue;
                        }

                        foreach (var (dr, dc, weight) in taps)
                        {
                            int row = row0 + i + dr, column = column0 + j + dc;
                            if (weight == 0 || row < 0 || row >= layout.PaddedHeight || column < 0 || column >= layout.PaddedWidth)
                            {
                                continue;
                            }

                            if (plane is null && !planes.TryGetValue(z0 + k, out plane))
                            {
                                plane = new VoxelPlane<T>(gridLength);
                                planes.Add(z0 + k, plane);
                            }

                            plane.Add(row * layout.GridWidth + column, value * T.CreateChecked(occupancy * weight));
                        }
                    }
                }
            }
        }

        return planes;
    }

    /// <summary>The most voxels one object may occupy (its block, empty voxels included).</summary>
    public const double MaximumVoxels = 1 << 26;

    /// <summary>Rejects an object too large to voxelise on the grid, naming the scatterer and the property that sets its size.</summary>
    private static void CheckExtent(VolumeObject item, SimulationLayout layout)
    {
        if (item.Extent(layout.Voxels) is { } extent && !(extent.Voxels <= MaximumVoxels))
        {
            string feature = item.Truth.Entries.LastOrDefault(e => e.Values is Scatterer)?.Feature.Name ?? item.GetType().Name;
            throw new PropertyValueException(
                feature,
                extent.Property,
                extent.Value,
                $"needs {extent.Voxels:G3} voxels of {layout.Voxels.VoxelSize} (at most 2^26 per object): the object is far larger than a microscope's field of view");
        }
    }

    /// <summary>The plane of an object's first voxel plane that puts its centre of mass nearest to <paramref name="target"/>.</summary>
    /// <param name="target">Where the centre of mass belongs, in planes from focus.</param>
    /// <param name="centre">The centre of mass within the object's voxels, in planes.</param>
    /// <returns>The first plane.</returns>
    private static int FirstPlane(double target, double centre)
    {
        double first = target - centre, below = Math.Floor(first);
        if (first - below != 0.5)
        {
            return checked((int)Math.Round(first));
        }

        return checked((int)(target >= 0 ? below + 1 : below));
    }

    private static (double Row, double Column, double Z) CentreOfMass(Voxels voxels)
    {
        double total = 0, row = 0, column = 0, z = 0;
        for (int k = 0; k < voxels.Depth; k++)
        {
            for (int i = 0; i < voxels.Height; i++)
            {
                for (int j = 0; j < voxels.Width; j++)
                {
                    double w = Math.Abs(voxels[i, j, k]);
                    total += w;
                    row += w * i;
                    column += w * j;
                    z += w * k;
                }
            }
        }

        return total == 0 ? ((voxels.Height - 1) / 2.0, (voxels.Width - 1) / 2.0, (voxels.Depth - 1) / 2.0) : (row / total, column / total, z / total);
    }
}
