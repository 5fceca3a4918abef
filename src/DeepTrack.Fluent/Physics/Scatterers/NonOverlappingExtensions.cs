using System.Collections.Generic;

namespace DeepTrack.Fluent.Physics;

/// <summary><c>list.NonOverlapping()</c>: wraps a feature that draws scatterers in a <see cref="NonOverlapping{TIn}"/>.</summary>
public static class NonOverlappingExtensions
{
    extension<TIn>(Feature<TIn, IReadOnlyList<SampleObject>> feature)
    {
        /// <summary>Redraws the list until no two objects overlap (see <see cref="NonOverlapping{TIn}"/>).</summary>
        /// <param name="minimumDistance">The extra gap between bounding spheres, in pixels.</param>
        /// <returns>The non-overlapping feature.</returns>
        public NonOverlapping<TIn> NonOverlapping(double minimumDistance = 0) => new NonOverlapping<TIn>(feature).WithMinimumDistance(minimumDistance);
    }
}
