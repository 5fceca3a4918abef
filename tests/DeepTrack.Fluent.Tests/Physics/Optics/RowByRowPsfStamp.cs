using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>
/// The one-pass stamp as <see cref="PsfStamp"/> computed it before it added output rows in pairs (commit 201fff8): one
/// output row at a time, each with <see cref="PsfStamp.AddRun"/>. The loop is copied unchanged: the splats and the
/// arithmetic of a run are the stamp's own, the rows and the runs are found here as the stamp found them then (a
/// division per row and splat, the runs per row), so that <see cref="PsfStampEquivalenceTests"/> can require the paired
/// rows, and the runs and rows the stamp now finds once per splat, to give the same bits as single rows.
/// </summary>
internal static class RowByRowPsfStamp
{
    /// <summary>Adds the PSF copies of <paramref name="entries"/> to <paramref name="output"/> (the output region, row-major).</summary>
    /// <param name="psf">The plane's PSF.</param>
    /// <param name="layout">The grid and the output region.</param>
    /// <param name="entries">The plane's entries (grid index, value).</param>
    /// <param name="output">The output region's pixels, added to.</param>
    public static void Stamp(PsfPlane psf, SimulationLayout layout, IReadOnlyList<(int Index, double Value)> entries, double[] output)
    {
        int height = layout.GridHeight, width = layout.GridWidth;
        var splats = PsfStamp.Splats(entries, width);
        var top = new int[splats.Count];
        var left = new int[splats.Count];
        var shifted = new int[splats.Count];
        for (int k = 0; k < splats.Count; k++)
        {
            top[k] = splats[k].Row;
            left[k] = PsfStamp.Modulo(layout.CropColumn - splats[k].Column, width);
            shifted[k] = PsfStamp.Modulo(left[k] - 1, width);
        }

        for (int row = 0; row < layout.OutputHeight; row++)
        {
            var target = output.AsSpan(row * layout.OutputWidth, layout.OutputWidth);
            for (int k = 0; k < splats.Count; k++)
            {
                int upper = PsfStamp.Modulo(row + layout.CropRow - top[k], height);
                int lower = upper == 0 ? height - 1 : upper - 1;
                var upperLine = psf.Psf.AsSpan(upper * width, width);
                var lowerLine = psf.Psf.AsSpan(lower * width, width);
                var splat = splats[k];

                // The output columns split where either column offset wraps around the grid.
                int a = left[k], b = shifted[k], done = 0;
                while (done < target.Length)
                {
                    int run = Math.Min(target.Length - done, Math.Min(width - a, width - b));
                    PsfStamp.AddRun(target.Slice(done, run), upperLine.Slice(a, run), upperLine.Slice(b, run), lowerLine.Slice(a, run), lowerLine.Slice(b, run), splat);
                    done += run;
                    a = (a + run) % width;
                    b = (b + run) % width;
                }
            }
        }
    }
}
