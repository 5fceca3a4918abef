using System.Collections.Generic;

namespace HolographicTracking;

/// <summary>What a run measured.</summary>
/// <param name="Precision">Matched detections over all detections on the test holograms.</param>
/// <param name="Recall">Matched particles over all particles.</param>
/// <param name="MedianLateralError">The median lateral error of matched particles with z in 4–28 µm, after the refinement (pixels).</param>
/// <param name="MedianUnrefinedLateralError">Their median lateral error before it: the U-Net's centroids alone (pixels).</param>
/// <param name="MedianAxialError">Their median |Δz| after the refinement (µm).</param>
/// <param name="MedianUnrefinedAxialError">Their median |Δz| before it: the U-Net's z alone (µm).</param>
/// <param name="MedianAxialErrorAll">The median |Δz| over the whole range 2–30 µm (µm).</param>
/// <param name="MiddleGuessAxialError">The median |Δz| of always answering 16 µm, the middle of the range (µm).</param>
/// <param name="EndBias">The mean Δz of matched particles with z below 4 µm and with z above 28 µm (µm).</param>
/// <param name="Depths">Errors per 2-µm interval of z.</param>
/// <param name="Tracks">The movie's particles and their tracks.</param>
/// <param name="TrainingSeconds">Wall time of training the U-Net (with --resume, the earlier processes' epochs too).</param>
/// <param name="RefinementSeconds">Wall time of simulating the refinement's holograms and training it (with --resume, the earlier processes' epochs too).</param>
public sealed record TrackingResult(double Precision, double Recall, double MedianLateralError, double MedianUnrefinedLateralError, double MedianAxialError, double MedianUnrefinedAxialError, double MedianAxialErrorAll,
    double MiddleGuessAxialError, double[] EndBias, IReadOnlyList<DepthBin> Depths, IReadOnlyList<TrackResult> Tracks, double TrainingSeconds, double RefinementSeconds);
