using System;

namespace DeepTrack.Fluent.Physics;

/// <summary>A small dense block of voxel values, plane-major then row-major: (z·Height + row)·Width + column.</summary>
public sealed class Voxels
{
    private readonly double[] values;

    /// <summary>Creates a zero block.</summary>
    /// <param name="height">Rows (≥ 1).</param>
    /// <param name="width">Columns (≥ 1).</param>
    /// <param name="depth">Planes (≥ 1).</param>
    public Voxels(int height, int width, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        Height = height;
        Width = width;
        Depth = depth;
        values = new double[checked(height * width * depth)];
    }

    /// <summary>Rows.</summary>
    public int Height { get; }

    /// <summary>Columns.</summary>
    public int Width { get; }

    /// <summary>Planes.</summary>
    public int Depth { get; }

    /// <summary>The value at (row, column, z).</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="z">The plane.</param>
    public ref double this[int row, int column, int z] => ref values[(z * Height + row) * Width + column];

    /// <summary>All values.</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<double> AsSpan() => values;
}
