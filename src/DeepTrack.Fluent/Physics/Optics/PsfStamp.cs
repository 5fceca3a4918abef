using System;
using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Images a sparse plane by adding value × PSF, centred on each entry's grid index, to the output region (the
/// circular convolution, without an FFT). The entries of a bilinear splat (the four pixels around a sub-pixel
/// position) are added in one pass: each output row is read and written once per splat, the four weighted PSF rows
/// added together, a vector at a time.
/// </summary>
internal static class PsfStamp
{
    /// <summary>Output pixels per block of rows (64 KiB).</summary>
    private const int BlockPixels = 8192;

    /// <summary>Adds the PSF copies of <paramref name="entries"/> to <paramref name="output"/> (the output region, row-major).</summary>
    /// <param name="psf">The plane's PSF.</param>
    /// <param name="layout">The grid and the output region.</param>
    /// <param name="entries">The plane's entries (grid index, value).</param>
    /// <param name="output">The output region's pixels, added to.</param>
    public static void Add(PsfPlane psf, SimulationLayout layout, IReadOnlyList<(int Index, double Value)> entries, double[] output)
    {
        int height = layout.GridHeight, width = layout.GridWidth, outputWidth = layout.OutputWidth;
        var splats = Splats(entries, width);

        // Blocks of output rows small enough to stay in cache while every splat is added to them; within a block the
        // PSF rows follow by increment (no division per row and splat).
        int blockRows = Math.Max(1, BlockPixels / outputWidth);
        Span<(int Offset, int Length, int Unshifted, int Shifted)> runs = stackalloc (int, int, int, int)[3];
        for (int first = 0; first < layout.OutputHeight; first += blockRows)
        {
            int last = Math.Min(layout.OutputHeight, first + blockRows);
            foreach (var splat in splats)
            {
                int count = Runs(Modulo(layout.CropColumn - splat.Column, width), width, outputWidth, runs);
                int upper = Modulo(first + layout.CropRow - splat.Row, height);
                for (int row = first; row < last; row++)
                {
                    int lower = upper == 0 ? height - 1 : upper - 1;
                    var upperLine = psf.Psf.AsSpan(upper * width, width);
                    var lowerLine = psf.Psf.AsSpan(lower * width, width);
                    var target = output.AsSpan(row * outputWidth, outputWidth);
                    for (int r = 0; r < count; r++)
                    {
                        var (offset, length, a, b) = runs[r];
                        AddRun(target.Slice(offset, length), upperLine.Slice(a, length), upperLine.Slice(b, length), lowerLine.Slice(a, length), lowerLine.Slice(b, length), splat);
                    }

                    upper = upper == height - 1 ? 0 : upper + 1;
                }
            }
        }
    }

    /// <summary>
    /// Splits the output columns where either PSF column offset (unshifted from <paramref name="left"/>, shifted by
    /// one) wraps around the grid: at most three runs, each contiguous in the output and in both PSF rows.
    /// </summary>
    private static int Runs(int left, int width, int outputWidth, Span<(int Offset, int Length, int Unshifted, int Shifted)> runs)
    {
        int a = left, b = left == 0 ? width - 1 : left - 1, done = 0, count = 0;
        while (done < outputWidth)
        {
            int run = Math.Min(outputWidth - done, Math.Min(width - a, width - b));
            runs[count++] = (done, run, a, b);
            done += run;
            a = a + run == width ? 0 : a + run;
            b = b + run == width ? 0 : b + run;
        }

        return count;
    }

    /// <summary>
    /// target += (w₀₀·a + w₀₁·b) + (w₁₀·c + w₁₁·d): the four taps of a splat, upper row unshifted and shifted by one
    /// column, then the lower row.
    /// </summary>
    private static void AddRun(Span<double> target, ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> d, Splat splat)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var w00 = new Vector<double>(splat.W00);
            var w01 = new Vector<double>(splat.W01);
            var w10 = new Vector<double>(splat.W10);
            var w11 = new Vector<double>(splat.W11);
            for (; i <= target.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sum = (w00 * new Vector<double>(a.Slice(i)) + w01 * new Vector<double>(b.Slice(i)))
                    + (w10 * new Vector<double>(c.Slice(i)) + w11 * new Vector<double>(d.Slice(i)));
                (new Vector<double>(target.Slice(i)) + sum).CopyTo(target.Slice(i));
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += (splat.W00 * a[i] + splat.W01 * b[i]) + (splat.W10 * c[i] + splat.W11 * d[i]);
        }
    }

    /// <summary>
    /// Groups consecutive entries into 2×2 splats (top-left grid row and column, four values; absent pixels weigh 0).
    /// An entry that does not fit the current splat (another pixel, or one already taken) starts a new one, so every
    /// entry is added exactly once, whatever the entries are.
    /// </summary>
    private static List<Splat> Splats(IReadOnlyList<(int Index, double Value)> entries, int width)
    {
        var splats = new List<Splat>((entries.Count + 3) / 4);
        Splat current = default;
        int filled = 0;
        foreach (var (index, value) in entries)
        {
            int row = index / width, column = index % width;
            int dr = row - current.Row, dc = column - current.Column;
            int slot = 1 << (2 * dr + dc);
            if (filled == 0 || dr is not (0 or 1) || dc is not (0 or 1) || (filled & slot) != 0)
            {
                if (filled != 0)
                {
                    splats.Add(current);
                }

                current = new Splat(row, column, value, 0, 0, 0);
                filled = 1;
                continue;
            }

            current = slot switch
            {
                1 => current with { W00 = value },
                2 => current with { W01 = value },
                4 => current with { W10 = value },
                _ => current with { W11 = value },
            };
            filled |= slot;
        }

        if (filled != 0)
        {
            splats.Add(current);
        }

        return splats;
    }

    private static int Modulo(int value, int modulus)
    {
        int result = value % modulus;
        return result < 0 ? result + modulus : result;
    }

    /// <summary>Four pixels of a bilinear splat: top-left at (Row, Column); W₀₁ is one column right, W₁₀ one row down.</summary>
    private readonly record struct Splat(int Row, int Column, double W00, double W01, double W10, double W11);
}
