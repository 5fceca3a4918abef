using System;
using System.Buffers;
using System.Numerics;
using DeepTrack.Fluent.Physics.Fft;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Two-dimensional transforms (the <see cref="IFftBackend"/> conventions) that skip work whose result is zero or
/// unused: rows known to be zero are not transformed, and only the columns of the spectrum (forward) or the window
/// of the image (inverse) that are asked for are computed. With the managed backend the row and column passes use
/// its plans directly, so the values are those of the full transform; other backends transform the full grid.
/// </summary>
internal static class BandLimitedFft
{
    /// <summary>
    /// The forward transform of a field that is zero outside <paramref name="nonzeroRows"/>, at every row of the
    /// spectrum and the spectrum columns <paramref name="columns"/>.
    /// </summary>
    /// <param name="backend">The environment's backend.</param>
    /// <param name="field">Row-major height × width field; its nonzero rows are overwritten.</param>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="nonzeroRows">The rows that may hold nonzero values (the values of all others are ignored).</param>
    /// <param name="columns">The spectrum columns wanted (FFT indices).</param>
    /// <param name="result">height × columns.Length values: result[row · columns.Length + j] is spectrum column columns[j].</param>
    public static void ForwardColumns(IFftBackend backend, Span<Complex> field, int height, int width, ReadOnlySpan<int> nonzeroRows, ReadOnlySpan<int> columns, Span<Complex> result)
    {
        int count = columns.Length;
        result = result[..(height * count)];
        if (backend is not ManagedFftBackend managed)
        {
            var full = field[..(height * width)];
            var keep = new bool[height];
            foreach (int row in nonzeroRows)
            {
                keep[row] = true;
            }

            for (int row = 0; row < height; row++)
            {
                if (!keep[row])
                {
                    full.Slice(row * width, width).Clear();
                }
            }

            backend.Forward(full, height, width);
            Gather(full, height, width, columns, result);
            return;
        }

        var scratch = ArrayPool<Complex>.Shared.Rent(Math.Max(width, height * count));
        try
        {
            if (width > 1)
            {
                var rowPlan = managed.PlanOf(width);
                foreach (int row in nonzeroRows)
                {
                    rowPlan.Forward(field.Slice(row * width, width), scratch, 1);
                }
            }

            result.Clear();
            foreach (int row in nonzeroRows)
            {
                var source = field.Slice(row * width, width);
                var target = result.Slice(row * count, count);
                for (int j = 0; j < count; j++)
                {
                    target[j] = source[columns[j]];
                }
            }

            if (height > 1 && count > 0)
            {
                managed.PlanOf(height).Forward(result, scratch, count);
            }
        }
        finally
        {
            ArrayPool<Complex>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// The inverse transform (scaled by 1/(height·width)) of a spectrum that is zero outside the rows
    /// <paramref name="rows"/> × columns <paramref name="columns"/>, on the window of <paramref name="windowHeight"/>
    /// × <paramref name="windowWidth"/> pixels from (<paramref name="windowRow"/>, <paramref name="windowColumn"/>).
    /// </summary>
    /// <param name="backend">The environment's backend.</param>
    /// <param name="band">rows.Length × columns.Length spectrum values: band[i · columns.Length + j] at (rows[i], columns[j]).</param>
    /// <param name="rows">The spectrum rows of the band (FFT indices, distinct).</param>
    /// <param name="columns">The spectrum columns of the band (FFT indices, distinct).</param>
    /// <param name="height">Rows of the grid.</param>
    /// <param name="width">Columns of the grid.</param>
    /// <param name="windowRow">The first row of the window.</param>
    /// <param name="windowColumn">The first column of the window.</param>
    /// <param name="windowHeight">Rows of the window.</param>
    /// <param name="windowWidth">Columns of the window.</param>
    /// <param name="output">windowHeight × windowWidth values, row-major.</param>
    public static void InverseWindow(
        IFftBackend backend, ReadOnlySpan<Complex> band, ReadOnlySpan<int> rows, ReadOnlySpan<int> columns, int height, int width,
        int windowRow, int windowColumn, int windowHeight, int windowWidth, Span<Complex> output)
    {
        int count = columns.Length;
        if (backend is not ManagedFftBackend managed)
        {
            var full = ArrayPool<Complex>.Shared.Rent(height * width);
            try
            {
                var grid = full.AsSpan(0, height * width);
                grid.Clear();
                for (int i = 0; i < rows.Length; i++)
                {
                    for (int j = 0; j < count; j++)
                    {
                        grid[rows[i] * width + columns[j]] = band[i * count + j];
                    }
                }

                backend.Inverse(grid, height, width);
                for (int row = 0; row < windowHeight; row++)
                {
                    grid.Slice((row + windowRow) * width + windowColumn, windowWidth).CopyTo(output.Slice(row * windowWidth, windowWidth));
                }
            }
            finally
            {
                ArrayPool<Complex>.Shared.Return(full);
            }

            return;
        }

        var line = ArrayPool<Complex>.Shared.Rent(width);
        var window = ArrayPool<Complex>.Shared.Rent(height * windowWidth);
        var scratch = ArrayPool<Complex>.Shared.Rent(Math.Max(width, height * windowWidth));
        try
        {
            var columnsPass = window.AsSpan(0, height * windowWidth);
            columnsPass.Clear();
            var rowPlan = width > 1 ? managed.PlanOf(width) : null;
            var buffer = line.AsSpan(0, width);
            for (int i = 0; i < rows.Length; i++)
            {
                buffer.Clear();
                for (int j = 0; j < count; j++)
                {
                    buffer[columns[j]] = Complex.Conjugate(band[i * count + j]);
                }

                rowPlan?.Forward(buffer, scratch, 1);
                buffer.Slice(windowColumn, windowWidth).CopyTo(columnsPass.Slice(rows[i] * windowWidth, windowWidth));
            }

            if (height > 1)
            {
                managed.PlanOf(height).Forward(columnsPass, scratch, windowWidth);
            }

            double scale = 1.0 / ((double)height * width);
            var source = columnsPass.Slice(windowRow * windowWidth, windowHeight * windowWidth);
            for (int i = 0; i < source.Length; i++)
            {
                var v = source[i];
                output[i] = new Complex(v.Real * scale, -v.Imaginary * scale);
            }
        }
        finally
        {
            ArrayPool<Complex>.Shared.Return(scratch);
            ArrayPool<Complex>.Shared.Return(window);
            ArrayPool<Complex>.Shared.Return(line);
        }
    }

    private static void Gather(ReadOnlySpan<Complex> full, int height, int width, ReadOnlySpan<int> columns, Span<Complex> result)
    {
        int count = columns.Length;
        for (int row = 0; row < height; row++)
        {
            for (int j = 0; j < count; j++)
            {
                result[row * count + j] = full[row * width + columns[j]];
            }
        }
    }
}
