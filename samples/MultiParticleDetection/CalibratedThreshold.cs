namespace MultiParticleDetection;

/// <summary>A detector's threshold as <see cref="Calibration.Choose"/> chose it.</summary>
/// <param name="Threshold">The threshold chosen.</param>
/// <param name="F1">The pooled F1 of the calibration images at <paramref name="Threshold"/>.</param>
/// <param name="BestThreshold">The threshold of the largest pooled F1.</param>
/// <param name="BestF1">The largest pooled F1.</param>
/// <param name="StandardError">The bootstrap standard error of <paramref name="BestF1"/>.</param>
public sealed record CalibratedThreshold(double Threshold, double F1, double BestThreshold, double BestF1, double StandardError);
