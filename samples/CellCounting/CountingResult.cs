using System.Collections.Generic;

namespace CellCounting;

/// <summary>What a run measured.</summary>
/// <param name="Images">Every test image's counts.</param>
/// <param name="UNet">The U-Net's errors.</param>
/// <param name="PixelSum">The sum-of-pixels baseline's errors.</param>
/// <param name="Threshold">The threshold + connected-components baseline's errors.</param>
/// <param name="MeanCountPredictorErrorPercent">The mean |error| in percent of the trivial predictor that always answers the training crops' mean count per area.</param>
/// <param name="PixelSumCounter">The fitted sum-of-pixels line.</param>
/// <param name="ThresholdCounter">The tuned threshold counter.</param>
/// <param name="TrainingSeconds">Wall time of training.</param>
public sealed record CountingResult(
    IReadOnlyList<ImageCount> Images,
    MethodSummary UNet,
    MethodSummary PixelSum,
    MethodSummary Threshold,
    double MeanCountPredictorErrorPercent,
    PixelSumCounter PixelSumCounter,
    ThresholdCounter ThresholdCounter,
    double TrainingSeconds);
