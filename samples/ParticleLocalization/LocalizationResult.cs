using System.Collections.Generic;

namespace ParticleLocalization;

/// <summary>What a run measured.</summary>
/// <param name="BySnr">The three methods' errors at each test SNR.</param>
/// <param name="ValidationPixelError">The refinement network's mean error on its validation windows (particles within ±3 pixels of the centre, SNR 1.5–150) after training.</param>
/// <param name="TrainingSeconds">Wall-clock training time.</param>
public sealed record LocalizationResult(IReadOnlyList<SnrResult> BySnr, double ValidationPixelError, double TrainingSeconds);
