using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A pupil evaluated on a grid, in FFT order: the aperture (radius NA/λ) with its modifiers applied, and the
/// defocus phase per voxel of z, φ₁ = (2π n/λ)·Δz·√(1 − (NA/n)²ρ²), so that the pupil d voxels from focus is
/// P·exp(i·d·φ₁).
/// </summary>
internal sealed class Pupil
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
        double k = 2 * Math.PI * key.RefractiveIndexMedium / key.WavelengthMeters * key.VoxelMeters;
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
    }

    public PupilKey Key { get; }

    public PupilCoordinates Coordinates { get; }

    /// <summary>The number of grid points inside the aperture (the energy of the ideal pupil).</summary>
    public int ApertureCount => Coordinates.ApertureCount;

    /// <summary>Writes the pupil <paramref name="z"/> voxels from focus, in FFT order.</summary>
    /// <param name="z">The defocus in voxels.</param>
    /// <param name="target">Height × Width values.</param>
    public void Fill(double z, Span<Complex> target)
    {
        for (int i = 0; i < focal.Length; i++)
        {
            double phase = z * defocusPhase[i];
            target[i] = z == 0 ? focal[i] : focal[i] * new Complex(Math.Cos(phase), Math.Sin(phase));
        }
    }
}
