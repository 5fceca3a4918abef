using System.Collections.Generic;

namespace MultiParticleDetection;

/// <summary>What a run measured.</summary>
/// <param name="Conditions">Scores per (SNR, density).</param>
/// <param name="UNetThreshold">The U-Net's logit threshold and how it was chosen.</param>
/// <param name="ClassicalThreshold">The band-pass detector's threshold (noise standard deviations) and how it was chosen.</param>
/// <param name="UNetF1">The U-Net's F1 over all conditions.</param>
/// <param name="ClassicalF1">The band-pass detector's F1 over all conditions.</param>
/// <param name="TrainingSeconds">Wall time of training.</param>
public sealed record DetectionResult(IReadOnlyList<ConditionResult> Conditions, CalibratedThreshold UNetThreshold, CalibratedThreshold ClassicalThreshold, double UNetF1, double ClassicalF1, double TrainingSeconds);
