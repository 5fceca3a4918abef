using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Finds where a hologram's object is in focus: propagates the field to a range of distances and picks the one
/// where the brightest pixel is brightest (a point-like scatterer concentrates its light there).
/// </summary>
public static class FocusSearch
{
    /// <summary>Scans <paramref name="steps"/> distances from <paramref name="from"/> to <paramref name="to"/>, then refines around the best one.</summary>
    /// <param name="field">The field (2-D).</param>
    /// <param name="pixelSize">The size of one pixel.</param>
    /// <param name="wavelength">The vacuum wavelength.</param>
    /// <param name="refractiveIndex">The medium's refractive index.</param>
    /// <param name="from">The first distance tried.</param>
    /// <param name="to">The last distance tried.</param>
    /// <param name="steps">How many distances in the coarse scan (≥ 2).</param>
    /// <param name="environment">The FFT backend and cache to use (null: a new default environment).</param>
    /// <returns>The propagation distance that brings the object into focus.</returns>
    public static Length FindFocus(Image<Complex> field, Length pixelSize, Length wavelength, double refractiveIndex, Length from, Length to, int steps = 41, SimulationEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        environment ??= new SimulationEnvironment();
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 2);
        double best = from.Meters;
        double step = (to.Meters - from.Meters) / (steps - 1);
        for (int refinement = 0; refinement < 3; refinement++)
        {
            double start = refinement == 0 ? from.Meters : best - step;
            int count = refinement == 0 ? steps : 21;
            double increment = refinement == 0 ? step : 2 * step / (count - 1);
            double bestPeak = double.NegativeInfinity;
            for (int i = 0; i < count; i++)
            {
                double distance = start + i * increment;
                double peak = PeakIntensity(field, pixelSize, wavelength, refractiveIndex, distance, environment);
                if (peak > bestPeak)
                {
                    bestPeak = peak;
                    best = distance;
                }
            }

            step = increment;
        }

        return Length.FromMeters(best);
    }

    private static double PeakIntensity(Image<Complex> field, Length pixelSize, Length wavelength, double refractiveIndex, double distance, SimulationEnvironment environment)
    {
        var copy = field.AsReadOnlySpan().ToArray();
        AngularSpectrum.Propagate(copy, field.Height, field.Width, pixelSize, wavelength, refractiveIndex, Length.FromMeters(distance), environment);
        double peak = 0;
        foreach (var value in copy)
        {
            peak = Math.Max(peak, value.Real * value.Real + value.Imaginary * value.Imaginary);
        }

        return peak;
    }
}
