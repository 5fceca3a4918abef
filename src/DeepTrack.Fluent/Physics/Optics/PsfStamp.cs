using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

        // Per splat, the PSF row of the first output row's upper taps (advanced with the rows, no division per row)
        // and the runs of output columns between the places where either column offset wraps around the grid (the
        // same for every row).
        var upperRow = new int[splats.Count];
        var runs = new Run[splats.Count][];
        for (int k = 0; k < splats.Count; k++)
        {
            upperRow[k] = Modulo(layout.CropRow - splats[k].Row, height);
            runs[k] = Runs(Modulo(layout.CropColumn - splats[k].Column, width), width, layout.OutputWidth);
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
                int upper = upperRow[k];
                int lower = upper == 0 ? height - 1 : upper - 1;
                int next = upper == height - 1 ? 0 : upper + 1;
                var nextLine = psf.Psf.AsSpan(next * width, width);
                var upperLine = psf.Psf.AsSpan(upper * width, width);
                var lowerLine = psf.Psf.AsSpan(lower * width, width);
                var splat = splats[k];
                foreach (var (done, a, b, run) in runs[k])
                {
                    if (pair)
                    {
                        AddRuns(first.Slice(done, run), second.Slice(done, run), nextLine.Slice(a, run), nextLine.Slice(b, run), upperLine.Slice(a, run), upperLine.Slice(b, run), lowerLine.Slice(a, run), lowerLine.Slice(b, run), splat);
                    }
                    else
                    {
                        AddRun(first.Slice(done, run), upperLine.Slice(a, run), upperLine.Slice(b, run), lowerLine.Slice(a, run), lowerLine.Slice(b, run), splat);
                    }
                }

                // Two rows on, around the grid (by subtraction: a grid of one row wraps twice).
                upper += 2;
                while (upper >= height)
                {
                    upper -= height;
                }

                upperRow[k] = upper;
            }
        }
    }

    /// <summary>
    /// The runs of a row of <paramref name="length"/> output columns whose first column reads the PSF at column
    /// <paramref name="left"/> (unshifted taps) and one column before it (shifted taps), each run ending where either
    /// offset wraps around the grid's <paramref name="width"/>.
    /// </summary>
    private static Run[] Runs(int left, int width, int length)
    {
        var runs = new List<Run>(3);
        int a = left, b = Modulo(left - 1, width), done = 0;
        while (done < length)
        {
            int run = Math.Min(length - done, Math.Min(width - a, width - b));
            runs.Add(new Run(done, a, b, run));
            done += run;
            a = (a + run) % width;
            b = (b + run) % width;
        }

        return [.. runs];
    }

    /// <summary>
    /// <see cref="AddRun"/> for two consecutive output rows at once: <paramref name="first"/> takes the taps of
    /// <paramref name="c"/>, <paramref name="d"/> (upper) and <paramref name="e"/>, <paramref name="f"/> (lower);
    /// <paramref name="second"/> those of <paramref name="a"/>, <paramref name="b"/> (upper) and <paramref name="c"/>,
    /// <paramref name="d"/> (lower), each in <see cref="AddRun"/>'s order of operations, so the sums are its sums.
    /// </summary>
    private static void AddRuns(Span<double> first, Span<double> second, ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> d, ReadOnlySpan<double> e, ReadOnlySpan<double> f, Splat splat)
    {
        int length = first.Length;
        if (second.Length != length || a.Length != length || b.Length != length || c.Length != length || d.Length != length || e.Length != length || f.Length != length)
        {
            throw new ArgumentException($"The two output rows and the six PSF runs must have the same length ({length}).");
        }

        // The lengths are checked once above; the vector loop reads and writes through references, without the
        // sixteen bounds checks per step that slicing eight spans costs.
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var (w00, w01, w10, w11) = splat.Broadcast();
            ref double firstAt = ref MemoryMarshal.GetReference(first);
            ref double secondAt = ref MemoryMarshal.GetReference(second);
            ref double aAt = ref MemoryMarshal.GetReference(a);
            ref double bAt = ref MemoryMarshal.GetReference(b);
            ref double cAt = ref MemoryMarshal.GetReference(c);
            ref double dAt = ref MemoryMarshal.GetReference(d);
            ref double eAt = ref MemoryMarshal.GetReference(e);
            ref double fAt = ref MemoryMarshal.GetReference(f);
            for (; i <= length - Vector<double>.Count; i += Vector<double>.Count)
            {
                nuint o = (nuint)i;
                var shared = Vector.LoadUnsafe(ref cAt, o);
                var sharedShifted = Vector.LoadUnsafe(ref dAt, o);
                var upperSum = Taps(w00, w01, w10, w11, shared, sharedShifted, Vector.LoadUnsafe(ref eAt, o), Vector.LoadUnsafe(ref fAt, o));
                var lowerSum = Taps(w00, w01, w10, w11, Vector.LoadUnsafe(ref aAt, o), Vector.LoadUnsafe(ref bAt, o), shared, sharedShifted);
                Vector.StoreUnsafe(Vector.LoadUnsafe(ref firstAt, o) + upperSum, ref firstAt, o);
                Vector.StoreUnsafe(Vector.LoadUnsafe(ref secondAt, o) + lowerSum, ref secondAt, o);
            }
        }

        for (; i < length; i++)
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

    /// <summary>Output columns [Output, Output + Length) of a row, whose unshifted taps start at PSF column A and shifted taps at B.</summary>
    private readonly record struct Run(int Output, int A, int B, int Length);

    /// <summary>Four pixels of a bilinear splat: top-left at (Row, Column); W₀₁ is one column right, W₁₀ one row down.</summary>
    internal readonly record struct Splat(int Row, int Column, double W00, double W01, double W10, double W11)
    {
        /// <summary>(w₀₀·a + w₀₁·b) + (w₁₀·c + w₁₁·d): the four taps, upper row unshifted and shifted by one column, then the lower row.</summary>
        public double Taps(double a, double b, double c, double d) => (W00 * a + W01 * b) + (W10 * c + W11 * d);

        /// <summary>The four weights, each in every lane of a vector.</summary>
        public (Vector<double> W00, Vector<double> W01, Vector<double> W10, Vector<double> W11) Broadcast() => (new(W00), new(W01), new(W10), new(W11));
    }
}
