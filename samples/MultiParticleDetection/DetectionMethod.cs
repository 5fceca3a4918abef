namespace MultiParticleDetection;

/// <summary>How the U-Net's logit map becomes detections.</summary>
public enum DetectionMethod
{
    /// <summary>
    /// Every local maximum of the logits above the threshold (the largest value within 1 px in row and column: of its 3×3 neighbourhood), refined by
    /// a parabola through it and its neighbours: emitters whose label disks touch are still found one by one, and with the <see cref="LabelShape.Spots"/> label also emitters about 2 px apart.
    /// </summary>
    Peaks,

    /// <summary>
    /// The paper's rule: pixels above the threshold, 8-connected components of at least 2 pixels, their weighted
    /// centroids; emitters closer than about twice the label radius merge into one detection.
    /// </summary>
    Components,
}
