namespace DeepTrack.Fluent.Torch;

/// <summary>One object found in a predicted volume (a connected component of voxels above the threshold); <see cref="ModelDetections.FromVolumes"/> makes them rows of a detection table for tracking.</summary>
/// <param name="Row">The row of its centroid (weighted by the values above the threshold), in pixels.</param>
/// <param name="Column">The column of its centroid, in pixels.</param>
/// <param name="Bin">Its continuous bin coordinate: the weighted mean of the bins (planes) it covers, between bin centres.</param>
/// <param name="Z">Its z position, <see cref="Labels.AxialBins.ToZ"/>(<paramref name="Bin"/>), in the bins' unit.</param>
/// <param name="Voxels">Its voxels.</param>
/// <param name="Score">Its largest value.</param>
public sealed record VolumeDetection(double Row, double Column, double Bin, double Z, int Voxels, double Score)
{
    /// <summary>The lateral centroid as a pixel position (comparable with ground truth).</summary>
    public PixelPosition Position => new(Row, Column);
}
