namespace DeepTrack.Fluent.Torch;

/// <summary>How <see cref="LodeStarDetector.Locate(Image{double}, LodeStarLocalization)"/> turns the votes on an image into the position of its one object.</summary>
public enum LodeStarLocalization
{
    /// <summary>
    /// The weighted mean of every vote (LodeSTAR's estimator for an image of one object): at low SNR, where some images'
    /// densest cluster is noise, the votes that stay with the object still pull the mean towards it; stray votes of
    /// other objects in the image pull it too.
    /// </summary>
    AllVotes,

    /// <summary>
    /// The weighted mean of the votes of the cluster of the largest mass (as <see cref="LodeStarDetector.Detect(Image{double}, int)"/>
    /// finds them): other objects in the image do not pull it, but where noise forms the heaviest cluster the position is
    /// that of the noise.
    /// </summary>
    StrongestCluster,
}
