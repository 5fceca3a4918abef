using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// One change to the objective's pupil (a phase aberration or an amplitude apodization), as a value: the optics
/// apply it on their own grid and cache the result by it, so equal modifiers share one pupil.
/// </summary>
public abstract record PupilModifier
{
    private protected PupilModifier()
    {
    }

    /// <summary>Multiplies the pupil (in FFT order) by the modifier.</summary>
    /// <param name="pupil">The pupil values.</param>
    /// <param name="coordinates">The grid's pupil coordinates.</param>
    internal abstract void Apply(Span<Complex> pupil, PupilCoordinates coordinates);
}
