namespace MultiParticleDetection;

/// <summary>How the U-Net's logit map becomes detections.</summary>
public enum DetectionMethod
{
    /// <summary>
    /// Every local maximum of the logits above the threshold (the largest value within 2 px in row and column), refined by
    /// a parabola through it and its neighbours: emitters whose label disks touch are still found one by one.
    /// </summary>
    Peaks,

    /// <summary>
    /// The paper's rule: pixels above the threshold, 8-connected components of at least 2 pixels, their weighted
    /// centroids; emitters closer than about twice the label radius merge into one detection.
    /// </summary>
    Components,
}
