using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Numerics;

namespace DeepTrack.Fluent.Physics.Fft;

/// <summary>
/// The managed default <see cref="IFftBackend"/>: a Stockham autosort FFT with radix-4, -2 and -3 butterflies
/// (any other prime factor falls back to a direct butterfly) and precomputed twiddles, cached per length.
/// Rows are transformed one at a time; columns are transformed all together as interleaved sequences, so every
/// inner loop runs over contiguous memory.
/// </summary>
/// <remarks>
/// Thread-safe. Each instance keeps the plans of the lengths it has transformed (a few kilobytes per length; the
/// optics use a handful of FFT-friendly lengths), so an environment's backend computes each plan once.
/// </remarks>
public sealed class ManagedFftBackend : IFftBackend
{
    private readonly ConcurrentDictionary<int, FftPlan> plans = new();

    /// <inheritdoc />
    public string Name => "managed (Stockham radix 4/2/3)";

    /// <inheritdoc />
    public void Forward(Span<Complex> data, int height, int width) => Transform(data, height, width);

    /// <inheritdoc />
    public void Inverse(Span<Complex> data, int height, int width)
    {
        Conjugate(data, height, width, 1);
        Transform(data, height, width);
        Conjugate(data, height, width, 1.0 / ((double)height * width));
    }

    /// <summary>The plan of one length (computed on first use, then kept).</summary>
    /// <param name="length">The length (≥ 1).</param>
    /// <returns>The plan.</returns>
    internal FftPlan PlanOf(int length) => plans.GetOrAdd(length, static n => new FftPlan(n));

    private static void Conjugate(Span<Complex> data, int height, int width, double scale)
    {
        var values = data[..(height * width)];
        for (int i = 0; i < values.Length; i++)
        {
            var v = values[i];
            values[i] = new Complex(v.Real * scale, -v.Imaginary * scale);
        }
    }

    private void Transform(Span<Complex> data, int height, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        if (data.Length < height * width)
        {
            throw new ArgumentException($"{data.Length} values do not fill a {height}×{width} grid.", nameof(data));
        }

        var rented = ArrayPool<Complex>.Shared.Rent(height * width);
        try
        {
            var scratch = rented.AsSpan();
            if (width > 1)
            {
                var rowPlan = PlanOf(width);
                for (int row = 0; row < height; row++)
                {
                    rowPlan.Forward(data.Slice(row * width, width), scratch, 1);
                }
            }

            if (height > 1)
            {
                PlanOf(height).Forward(data, scratch, width);
            }
        }
        finally
        {
            ArrayPool<Complex>.Shared.Return(rented);
        }
    }
}
