using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A Gaussian apodization: the pupil amplitude is multiplied by exp(−(ρ/σ)²), ρ the radius normalised to 1 at
/// the rim of the aperture, measured from a centre offset by (<see cref="OffsetRow"/>, <see cref="OffsetColumn"/>)
/// in the same normalised units.
/// </summary>
/// <param name="Sigma">The width σ &gt; 0 (1: the amplitude falls to 1/e at the rim).</param>
/// <param name="OffsetRow">The centre's offset along the row frequencies, in units of the aperture radius.</param>
/// <param name="OffsetColumn">The centre's offset along the column frequencies, in units of the aperture radius.</param>
public sealed record Apodization(double Sigma, double OffsetRow, double OffsetColumn) : PupilModifier
{
    /// <inheritdoc />
    internal override void Apply(Span<Complex> pupil, PupilCoordinates coordinates)
    {
        double rim = coordinates.RimRadius > 0 ? coordinates.RimRadius : 1;
        for (int row = 0; row < coordinates.Height; row++)
        {
            double y = PupilCoordinates.Frequency(row, coordinates.Height) / rim - OffsetRow;
            for (int column = 0; column < coordinates.Width; column++)
            {
                double x = PupilCoordinates.Frequency(column, coordinates.Width) / rim - OffsetColumn;
                pupil[row * coordinates.Width + column] *= Math.Exp(-(x * x + y * y) / (Sigma * Sigma));
            }
        }
    }
}
