namespace DeepTrack.Fluent.Tracking;

/// <summary>How <see cref="TrajectoryLinker"/> resolves a subnetwork: detections of two frames that could be linked in more than one way.</summary>
public enum LinkStrategy
{
    /// <summary>
    /// The links that minimise the sum of squared displacements, where a particle left unlinked costs the
    /// squared search range (Crocker–Grier; trackpy's <c>recursive</c>/<c>numba</c> strategies). Solved exactly as a
    /// linear assignment problem, so the cost grows polynomially, not exponentially, with the subnetwork's size.
    /// </summary>
    Optimal,

    /// <summary>Greedy: the closest free pair first, then the next closest, until no candidate pair is left.</summary>
    NearestNeighbor,

    /// <summary>No link inside an ambiguous subnetwork: its tracks end and its new detections start new tracks (trackpy's <c>drop</c>).</summary>
    Drop,
}
