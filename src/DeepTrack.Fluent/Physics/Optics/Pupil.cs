using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A pupil evaluated on a grid, in FFT order: the aperture (radius NA/λ) with its modifiers applied, and the
/// defocus phase per plane of z, φ₁ = (2π n/λ)·Δz·√(1 − (NA/n)²ρ²) with Δz the simulation's z step, so that
/// the pupil d planes from focus is P·exp(i·d·φ₁).
/// </summary>
internal sealed class Pupil : ICachedValue
{
    private readonly Complex[] focal;
    private readonly double[] defocusPhase;

    public Pupil(PupilKey key)
    {
        Key = key;
        double cutoffRows = key.NA / key.WavelengthMeters * key.VoxelMeters * key.Height;
        double cutoffColumns = key.NA / key.WavelengthMeters * key.VoxelMeters * key.Width;
        Coordinates = new PupilCoordinates(key.Height, key.Width, cutoffRows, cutoffColumns);
        focal = new Complex[key.Height * key.Width];
        defocusPhase = new double[focal.Length];
        double k = 2 * Math.PI * key.RefractiveIndexMedium / key.WavelengthMeters * key.AxialVoxelMeters;
        double ratio = key.NA / key.RefractiveIndexMedium;
        for (int i = 0; i < focal.Length; i++)
        {
            if (Coordinates.Support[i])
            {
                focal[i] = Complex.One;
                defocusPhase[i] = k * Math.Sqrt(1 - ratio * ratio * Coordinates.RhoSquared[i]);
            }
        }

        foreach (var modifier in key.Function.Modifiers)
        {
            modifier.Apply(focal, Coordinates);
        }

        (BandRows, BandColumns) = Band(focal, key.Height, key.Width);
    }

    public PupilKey Key { get; }

    public PupilCoordinates Coordinates { get; }

    /// <summary>The pupil in the focal plane, in FFT order.</summary>
    public ReadOnlySpan<Complex> Focal => focal;

    /// <summary>The rows (FFT indices, ascending) where the pupil has a nonzero value.</summary>
    public int[] BandRows { get; }

    /// <summary>The columns (FFT indices, ascending) where the pupil has a nonzero value.</summary>
    public int[] BandColumns { get; }

    /// <inheritdoc />
    public long CacheBytes => focal.Length * (16L + 8) + Coordinates.Bytes + 4L * (BandRows.Length + BandColumns.Length);

    /// <summary>The number of grid points inside the aperture (the energy of the ideal pupil).</summary>
    public int ApertureCount => Coordinates.ApertureCount;

    /// <summary>Writes the pupil <paramref name="z"/> planes from focus, in FFT order.</summary>
    /// <param name="z">The defocus in simulation planes.</param>
    /// <param name="target">Height × Width values.</param>
    public void Fill(double z, Span<Complex> target)
    {
        for (int i = 0; i < focal.Length; i++)
        {
            double phase = z * defocusPhase[i];
            target[i] = z == 0 ? focal[i] : focal[i] * new Complex(Math.Cos(phase), Math.Sin(phase));
        }
    }

    private static (int[] Rows, int[] Columns) Band(Complex[] values, int height, int width)
    {
        var rows = new bool[height];
        var columns = new bool[width];
        for (int row = 0; row < height; row++)
        {
            for (int column = 0; column < width; column++)
            {
                if (values[row * width + column] != Complex.Zero)
                {
                    rows[row] = true;
                    columns[column] = true;
                }
            }
        }

        return (Indices(rows), Indices(columns));
    }

    private static int[] Indices(bool[] flags)
    {
        var indices = new System.Collections.Generic.List<int>();
        for (int i = 0; i < flags.Length; i++)
        {
            if (flags[i])
            {
                indices.Add(i);
            }
        }

        return [.. indices];
    }
}
