using System;

namespace DeepTrack.Fluent.Physics.Fft;

/// <summary>
/// What every <see cref="IFftBackend"/> shares: the sizes the optics pad their grids to. The backend itself belongs
/// to the <see cref="SimulationEnvironment"/> a pipeline is built with (<see cref="SimulationEnvironment.Fft"/>).
/// </summary>
/// <remarks>Every backend accepts any size, but FFT-friendly sizes (products of 2 and 3) are much faster.</remarks>
public static class FftBackend
{
    /// <summary>The smallest size ≥ <paramref name="size"/> of the form 2^a·3^b (what the optics pad to).</summary>
    /// <param name="size">The size needed (≥ 1).</param>
    /// <returns>The FFT-friendly size.</returns>
    public static int GoodSize(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        int best = int.MaxValue;
        for (long power3 = 1; power3 < 2L * size; power3 *= 3)
        {
            long candidate = power3;
            while (candidate < size)
            {
                candidate *= 2;
            }

            best = (int)Math.Min(best, candidate);
        }

        return best;
    }
}
