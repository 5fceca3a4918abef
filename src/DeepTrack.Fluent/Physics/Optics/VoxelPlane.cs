using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// The voxels of one z-plane on the optics grid: a list of (grid index, value) while few, a dense grid once many.
/// </summary>
/// <typeparam name="T">The voxel value (emission for fluorescence, index contrast for coherent optics).</typeparam>
internal sealed class VoxelPlane<T>
    where T : unmanaged, INumberBase<T>
{
    private readonly int gridLength;
    private List<(int Index, T Value)>? sparse = [];

    public VoxelPlane(int gridLength) => this.gridLength = gridLength;

    /// <summary>The entries while the plane is sparse, else null.</summary>
    public IReadOnlyList<(int Index, T Value)>? Sparse => sparse;

    /// <summary>The dense grid once the plane is dense, else null.</summary>
    public T[]? Dense { get; private set; }

    /// <summary>The number of entries (sparse) or the grid size (dense).</summary>
    public int Count => sparse?.Count ?? gridLength;

    public void Add(int index, T value)
    {
        if (Dense is not null)
        {
            Dense[index] += value;
            return;
        }

        sparse!.Add((index, value));
        if (sparse.Count > gridLength / 16)
        {
            MakeDense();
        }
    }

    public T[] MakeDense()
    {
        if (Dense is null)
        {
            var dense = new T[gridLength];
            foreach (var (index, value) in sparse!)
            {
                dense[index] += value;
            }

            Dense = dense;
            sparse = null;
        }

        return Dense;
    }
}
