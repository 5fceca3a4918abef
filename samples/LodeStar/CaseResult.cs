using System.Collections.Generic;

namespace LodeStarSample;

/// <summary>Everything the sample measured (also written to results.json).</summary>
/// <param name="Levels">The localisation study, one row per SNR.</param>
/// <param name="Densities">The detection study, one row per density.</param>
/// <param name="DetectionSnr">The SNR of the detection study's frames.</param>
/// <param name="CnnTrainingSeconds">The supervised CNN's training time.</param>
/// <param name="TotalSeconds">The whole run.</param>
/// <param name="LoadAverage">The one-minute load average at the end (Linux; −1 elsewhere).</param>
public sealed record CaseResult(IReadOnlyList<LevelResult> Levels, IReadOnlyList<DensityResult> Densities, double DetectionSnr,
    double CnnTrainingSeconds, double TotalSeconds, double LoadAverage);
