using DeepTrack.Fluent.Physics;
using System.Numerics.Tensors;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>
/// The point-PSF stamp as <c>Fluorescence</c> computed it before <see cref="PsfStamp"/> (commit 73e0cbc): one
/// multiply-add pass over each output row per entry. The method bodies are copied unchanged, so that
/// <see cref="PsfStampEquivalenceTests"/> can compare the one-pass stamp with it.
/// </summary>
internal static class ScalarPsfStamp
{
    /// <summary>
    /// Adds value × PSF, centred on each entry's grid index, to the output region (circularly). Rows are the outer
    /// loop so that each output row stays in cache while all entries are added to it.
    /// </summary>
    public static void Stamp(PsfPlane psf, SimulationLayout layout, IReadOnlyList<(int Index, double Value)> entries, double[] output)
    {
        int height = layout.GridHeight, width = layout.GridWidth;
        var sourceRows = new int[entries.Count];
        var starts = new int[entries.Count];
        var values = new double[entries.Count];
        for (int k = 0; k < entries.Count; k++)
        {
            var (index, value) = entries[k];
            sourceRows[k] = index / width;
            starts[k] = Modulo(layout.CropColumn - index % width, width);
            values[k] = value;
        }

        for (int row = 0; row < layout.OutputHeight; row++)
        {
            var target = output.AsSpan(row * layout.OutputWidth, layout.OutputWidth);
            for (int k = 0; k < values.Length; k++)
            {
                int psfRow = Modulo(row + layout.CropRow - sourceRows[k], height);
                var psfLine = psf.Psf.AsSpan(psfRow * width, width);
                int start = starts[k], done = 0;
                while (done < target.Length)
                {
                    int run = Math.Min(target.Length - done, width - start);
                    var slice = target.Slice(done, run);
                    TensorPrimitives.MultiplyAdd(psfLine.Slice(start, run), values[k], slice, slice);
                    done += run;
                    start = 0;
                }
            }
        }
    }

    private static int Modulo(int value, int modulus)
    {
        int result = value % modulus;
        return result < 0 ? result + modulus : result;
    }
}
