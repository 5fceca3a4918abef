namespace DeepTrack.Fluent.Analysis;

/// <summary>One connected component of the pixels above a threshold (see <see cref="ConnectedComponents"/>).</summary>
/// <param name="Row">The row of its centroid, weighted by the values above the threshold, in pixels.</param>
/// <param name="Column">The column of its centroid, in pixels.</param>
/// <param name="Area">Its pixels.</param>
/// <param name="Peak">Its largest value.</param>
public sealed record ConnectedComponent(double Row, double Column, int Area, double Peak)
{
    /// <summary>The centroid as a pixel position (comparable with ground truth).</summary>
    public PixelPosition Position => new(Row, Column);
}
