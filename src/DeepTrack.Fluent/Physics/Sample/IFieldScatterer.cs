using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A sample object that supplies its own scattered field instead of voxels (for example a Mie sphere). Coherent
/// optics (<see cref="Brightfield"/>, <see cref="Darkfield"/>, <see cref="Holography"/>) add the field to the
/// light that reaches the focal plane, then apply the objective's pupil once to the sum.
/// </summary>
public interface IFieldScatterer
{
    /// <summary>
    /// Adds the object's scattered field, in real space, in the focal plane (z = 0), before the objective, to
    /// <paramref name="field"/>. The incident plane wave has amplitude 1 and phase 0 at the focal plane.
    /// </summary>
    /// <param name="grid">The optics' simulation grid.</param>
    /// <param name="field">Row-major <see cref="OpticalGrid.Height"/> × <see cref="OpticalGrid.Width"/> field to add to.</param>
    void AddScatteredField(OpticalGrid grid, Span<Complex> field);
}
