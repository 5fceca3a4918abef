using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics.Fft;

/// <summary>
/// Two-dimensional discrete Fourier transforms of complex data in row-major layout. Implementations must be
/// thread-safe: samples are generated in parallel and every thread calls the same backend.
/// </summary>
/// <remarks>
/// Conventions (those of numpy): the forward transform is X[k, l] = Σ x[r, c]·exp(−2πi(kr/H + lc/W)) without
/// scaling; the inverse uses exp(+2πi…) and divides by H·W, so <c>Inverse(Forward(x)) = x</c>.
/// </remarks>
public interface IFftBackend
{
    /// <summary>A short name for reports, e.g. "managed (Stockham radix 2/3/4)".</summary>
    string Name { get; }

    /// <summary>Transforms <paramref name="data"/> in place (forward, unscaled).</summary>
    /// <param name="data">H·W values, row-major.</param>
    /// <param name="height">Rows (H ≥ 1).</param>
    /// <param name="width">Columns (W ≥ 1).</param>
    void Forward(Span<Complex> data, int height, int width);

    /// <summary>Transforms <paramref name="data"/> in place (inverse, scaled by 1/(H·W)).</summary>
    /// <param name="data">H·W values, row-major.</param>
    /// <param name="height">Rows (H ≥ 1).</param>
    /// <param name="width">Columns (W ≥ 1).</param>
    void Inverse(Span<Complex> data, int height, int width);
}
