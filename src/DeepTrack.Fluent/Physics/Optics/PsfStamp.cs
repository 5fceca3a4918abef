using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Images a sparse plane by adding value × PSF, centred on each entry's grid index, to the output region (the
/// circular convolution, without an FFT). The entries of a bilinear splat (the four pixels around a sub-pixel
/// position) are added in one pass: each output row is read and written once per splat, the four weighted PSF rows
/// added together, a vector at a time, two output rows at a time.
/// </summary>
internal static class PsfStamp
{
    /// <summary>Adds the PSF copies of <paramref name="entries"/> to <paramref name="output"/> (the output region, row-major).</summary>
    /// <param name="psf">The plane's PSF.</param>
    /// <param name="layout">The grid and the output region.</param>
    /// <param name="entries">The plane's entries (grid index, value).</param>
    /// <param name="output">The output region's pixels, added to.</param>
    public static void Add(PsfPlane psf, SimulationLayout layout, IReadOnlyList<(int Index, double Value)> entries, double[] output)
    {
        int height = layout.GridHeight, width = layout.GridWidth;
        var splats = Splats(entries, width);
        var top = new int[splats.Count];
        var left = new int[splats.Count];
        var shifted = new int[splats.Count];
        for (int k = 0; k < splats.Count; k++)
        {
            top[k] = splats[k].Row;
            left[k] = Modulo(layout.CropColumn - splats[k].Column, width);
            shifted[k] = Modulo(left[k] - 1, width);
        }

        // Output rows are added in pairs: the PSF row that is the upper row of a splat's taps for the first output row
        // is the lower row for the second, so it is read once for both (three PSF rows for two output rows).
        for (int row = 0; row < layout.OutputHeight; row += 2)
        {
            bool pair = row + 1 < layout.OutputHeight;
            var first = output.AsSpan(row * layout.OutputWidth, layout.OutputWidth);
            var second = pair ? output.AsSpan((row + 1) * layout.OutputWidth, layout.OutputWidth) : default;
            for (int k = 0; k < splats.Count; k++)
            {
                int upper = Modulo(row + layout.CropRow - top[k], height);
                int lower = upper == 0 ? height - 1 : upper - 1;
                int next = upper == height - 1 ? 0 : upper + 1;
                var nextLine = psf.Psf.AsSpan(next * width, width);
                var upperLine = psf.Psf.AsSpan(upper * width, width);
                var lowerLine = psf.Psf.AsSpan(lower * width, width);
                var splat = splats[k];

                // The output columns split where either column offset wraps around the grid.
                int a = left[k], b = shifted[k], done = 0;
                while (done < first.Length)
                {
                    int run = Math.Min(first.Length - done, Math.Min(width - a, width - b));
                    if (pair)
                    {
                        AddRuns(first.Slice(done, run), second.Slice(done, run), nextLine.Slice(a, run), nextLine.Slice(b, run), upperLine.Slice(a, run), upperLine.Slice(b, run), lowerLine.Slice(a, run), lowerLine.Slice(b, run), splat);
                    }
                    else
                    {
                        AddRun(first.Slice(done, run), upperLine.Slice(a, run), upperLine.Slice(b, run), lowerLine.Slice(a, run), lowerLine.Slice(b, run), splat);
                    }

                    done += run;
                    a = (a + run) % width;
                    b = (b + run) % width;
                }
            }
        }
    }

    /// <summary>
    /// <see cref="AddRun"/> for two consecutive output rows at once: <paramref name="first"/> takes the taps of
    /// <paramref name="c"/>, <paramref name="d"/> (upper) and <paramref name="e"/>, <paramref name="f"/> (lower);
    /// <paramref name="second"/> those of <paramref name="a"/>, <paramref name="b"/> (upper) and <paramref name="c"/>,
    /// <paramref name="d"/> (lower), each in <see cref="AddRun"/>'s order of operations, so the sums are its sums.
    /// </summary>
    private static void AddRuns(Span<double> first, Span<double> second, ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> d, ReadOnlySpan<double> e, ReadOnlySpan<double> f, Splat splat)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var (w00, w01, w10, w11) = splat.Broadcast();
            for (; i <= first.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var shared = new Vector<double>(c.Slice(i));
                var sharedShifted = new Vector<double>(d.Slice(i));
                var upperSum = Taps(w00, w01, w10, w11, shared, sharedShifted, new Vector<double>(e.Slice(i)), new Vector<double>(f.Slice(i)));
                var lowerSum = Taps(w00, w01, w10, w11, new Vector<double>(a.Slice(i)), new Vector<double>(b.Slice(i)), shared, sharedShifted);
                (new Vector<double>(first.Slice(i)) + upperSum).CopyTo(first.Slice(i));
                (new Vector<double>(second.Slice(i)) + lowerSum).CopyTo(second.Slice(i));
            }
        }

        for (; i < first.Length; i++)
        {
            first[i] += splat.Taps(c[i], d[i], e[i], f[i]);
            second[i] += splat.Taps(a[i], b[i], c[i], d[i]);
        }
    }

    /// <summary>
    /// target += (w₀₀·a + w₀₁·b) + (w₁₀·c + w₁₁·d): the four taps of a splat, upper row unshifted and shifted by one
    /// column, then the lower row.
    /// </summary>
    internal static void AddRun(Span<double> target, ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> d, Splat splat)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var (w00, w01, w10, w11) = splat.Broadcast();
            for (; i <= target.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sum = Taps(w00, w01, w10, w11, new Vector<double>(a.Slice(i)), new Vector<double>(b.Slice(i)), new Vector<double>(c.Slice(i)), new Vector<double>(d.Slice(i)));
                (new Vector<double>(target.Slice(i)) + sum).CopyTo(target.Slice(i));
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += splat.Taps(a[i], b[i], c[i], d[i]);
        }
    }

    /// <summary><see cref="Splat.Taps"/> a vector at a time, with the weights in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Taps(Vector<double> w00, Vector<double> w01, Vector<double> w10, Vector<double> w11, Vector<double> a, Vector<double> b, Vector<double> c, Vector<double> d) =>
        (w00 * a + w01 * b) + (w10 * c + w11 * d);

    /// <summary>
    /// Groups consecutive entries into 2×2 splats (top-left grid row and column, four values; absent pixels weigh 0).
    /// An entry that does not fit the current splat (another pixel, or one already taken) starts a new one, so every
    /// entry is added exactly once, whatever the entries are.
    /// </summary>
    internal static List<Splat> Splats(IReadOnlyList<(int Index, double Value)> entries, int width)
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

    /// <summary>The remainder of <paramref name="value"/> by <paramref name="modulus"/>, in [0, modulus).</summary>
    internal static int Modulo(int value, int modulus)
    {
        int result = value % modulus;
        return result < 0 ? result + modulus : result;
    }

    /// <summary>Four pixels of a bilinear splat: top-left at (Row, Column); W₀₁ is one column right, W₁₀ one row down.</summary>
    internal readonly record struct Splat(int Row, int Column, double W00, double W01, double W10, double W11)
    {
        /// <summary>(w₀₀·a + w₀₁·b) + (w₁₀·c + w₁₁·d): the four taps, upper row unshifted and shifted by one column, then the lower row.</summary>
        public double Taps(double a, double b, double c, double d) => (W00 * a + W01 * b) + (W10 * c + W11 * d);

        /// <summary>The four weights, each in every lane of a vector.</summary>
        public (Vector<double> W00, Vector<double> W01, Vector<double> W10, Vector<double> W11) Broadcast() => (new(W00), new(W01), new(W10), new(W11));
    }
}
