namespace LodeStarSample;

/// <summary>Localisation errors at one SNR: root-mean-square 2-D distances to the truth, in pixels.</summary>
/// <param name="Snr">The SNR of the test images.</param>
/// <param name="LodeStar">LodeSTAR (the weighted mean of all its votes, <see cref="DeepTrack.Fluent.Torch.LodeStarLocalization.AllVotes"/>).</param>
/// <param name="RadialCenter">Radial center (over the images where it returned a position).</param>
/// <param name="Centroid">The thresholded centroid (over the images where a pixel passed its threshold).</param>
/// <param name="Cnn">The supervised CNN of §IV.2, trained on simulated images of all SNRs with their true positions.</param>
/// <param name="CramerRao">The Cramér–Rao bound: √(mean over test positions of the bounds on var(row) + var(column)).</param>
/// <param name="RadialCenterMissed">Images where radial center returned no position.</param>
/// <param name="CentroidMissed">Images where the centroid found no pixel above its threshold.</param>
/// <param name="LodeStarTrainingSeconds">LodeSTAR's training time on the crop.</param>
/// <param name="LodeStarMedian">LodeSTAR's median 2-D error (insensitive to the few gross errors that dominate an RMSE at low SNR).</param>
/// <param name="RadialCenterMedian">Radial center's median 2-D error.</param>
/// <param name="LodeStarCluster">The same network's votes, the weighted mean of the cluster of the largest mass (<see cref="DeepTrack.Fluent.Torch.LodeStarLocalization.StrongestCluster"/>).</param>
/// <param name="LodeStarClusterMedian">Its median 2-D error.</param>
public sealed record LevelResult(double Snr, double LodeStar, double RadialCenter, double Centroid, double Cnn, double CramerRao,
    int RadialCenterMissed, int CentroidMissed, double LodeStarTrainingSeconds, double LodeStarMedian, double RadialCenterMedian,
    double LodeStarCluster, double LodeStarClusterMedian)
{
    /// <summary>LodeSTAR's error over the Cramér–Rao bound.</summary>
    public double LodeStarOverBound => LodeStar / CramerRao;
}
