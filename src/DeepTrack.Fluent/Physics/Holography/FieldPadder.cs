using System;
using System.Numerics;
using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Physics;

/// <summary>Copies a field into the middle of a larger grid and fills the rest by a <see cref="FieldPadding"/>.</summary>
internal static class FieldPadder
{
    /// <summary>The padded grid: the field at (<paramref name="top"/>, <paramref name="left"/>), the rest filled by <paramref name="mode"/>.</summary>
    public static Complex[] Pad(ReadOnlySpan<Complex> field, int height, int width, int gridHeight, int gridWidth, int top, int left, FieldPadding mode)
    {
        var grid = AccumulationArray.Create<Complex>(gridHeight * gridWidth);
        if (mode is FieldPadding.Mean or FieldPadding.Zero)
        {
            Complex fill = Complex.Zero;
            if (mode == FieldPadding.Mean)
            {
                foreach (var value in field)
                {
                    fill += value;
                }

                fill /= field.Length;
            }

            grid.AsSpan().Fill(fill);
            for (int row = 0; row < height; row++)
            {
                field.Slice(row * width, width).CopyTo(grid.AsSpan((row + top) * gridWidth + left, width));
            }

            return grid;
        }

        var border = mode switch
        {
            FieldPadding.Reflect => BorderMode.Reflect,
            FieldPadding.Mirror => BorderMode.Mirror,
            _ => BorderMode.Nearest,
        };
        for (int row = 0; row < gridHeight; row++)
        {
            int r = BorderIndex.Resolve(row - top, height, border);
            for (int column = 0; column < gridWidth; column++)
            {
                grid[row * gridWidth + column] = field[r * width + BorderIndex.Resolve(column - left, width, border)];
            }
        }

        return grid;
    }
}
