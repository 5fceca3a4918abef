namespace DeepTrack.Fluent.Torch;

/// <summary>One object found in a segmentation output (a connected component); <see cref="ModelDetections.FromSegmentation"/> makes them rows of a detection table for tracking.</summary>
/// <param name="Row">The row of its centroid (weighted by the output values), in pixels.</param>
/// <param name="Column">The column of its centroid, in pixels.</param>
/// <param name="Area">Its pixels.</param>
/// <param name="Score">Its largest output value.</param>
public sealed record SegmentedObject(double Row, double Column, int Area, double Score)
{
    /// <summary>The centroid as a pixel position (comparable with ground truth).</summary>
    public PixelPosition Position => new(Row, Column);
}
