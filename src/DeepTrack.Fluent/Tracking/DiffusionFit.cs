using System;
using System.Linq;

namespace DeepTrack.Fluent.Tracking;

/// <summary>Fits of MSD curves.</summary>
public static class DiffusionFit
{
    /// <summary>
    /// Fits free (Brownian) diffusion, MSD(τ) = 2·d·D·τ + offset, by least squares over the curve's first
    /// <paramref name="lags"/> points, each weighted equally.
    /// </summary>
    /// <remarks>
    /// The first few lags carry almost all the information about D of a Brownian track: MSD points at long lags are
    /// averages of few, strongly correlated displacements. The offset absorbs a static localisation error σ
    /// (offset = 2·d·σ²); fit without it (<paramref name="fitOffset"/> false) only when positions are exact.
    /// </remarks>
    /// <param name="msd">The curve.</param>
    /// <param name="dimensions">The number of dimensions of the motion whose MSD the curve sums (2 for x, y).</param>
    /// <param name="lags">How many of the curve's first points to fit (≥ 2 with an offset, ≥ 1 without).</param>
    /// <param name="fitOffset">Whether to fit the offset; otherwise the line goes through the origin.</param>
    /// <returns>The estimate.</returns>
    public static DiffusionEstimate Brownian(MsdCurve msd, int dimensions = 2, int lags = 4, bool fitOffset = true)
    {
        ArgumentNullException.ThrowIfNull(msd);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(lags, fitOffset ? 2 : 1);
        if (msd.Count < lags)
        {
            throw new ArgumentException($"The MSD curve has {msd.Count} points; the fit needs {lags}. Compute the MSD up to a larger lag, or fit fewer lags.", nameof(msd));
        }

        var points = msd.Take(lags).ToArray();
        double slope, offset;
        if (fitOffset)
        {
            double meanT = points.Average(p => p.LagTime), meanM = points.Average(p => p.Msd);
            double covariance = points.Sum(p => (p.LagTime - meanT) * (p.Msd - meanM));
            double variance = points.Sum(p => (p.LagTime - meanT) * (p.LagTime - meanT));
            slope = covariance / variance;
            offset = meanM - (slope * meanT);
        }
        else
        {
            slope = points.Sum(p => p.LagTime * p.Msd) / points.Sum(p => p.LagTime * p.LagTime);
            offset = 0;
        }

        return new DiffusionEstimate(slope / (2 * dimensions), offset, dimensions, lags, $"{msd.PositionUnit}²/{msd.TimeUnit}");
    }
}
