using System.Collections.Generic;

namespace ParticleCharacterization;

/// <summary>What a run measured.</summary>
/// <param name="RadiusMae">Mean absolute error of the radius on the test fields (nm).</param>
/// <param name="IndexMae">Mean absolute error of the refractive index on the test fields.</param>
/// <param name="RadiusBaselineMae">The radius error of always predicting the training range's centre (nm).</param>
/// <param name="IndexBaselineMae">The index error of always predicting the training range's centre.</param>
/// <param name="Populations">The two-population experiment.</param>
/// <param name="TrainingSeconds">Wall time of training.</param>
public sealed record CharacterizationResult(double RadiusMae, double IndexMae, double RadiusBaselineMae, double IndexBaselineMae,
    IReadOnlyList<PopulationResult> Populations, double TrainingSeconds);

/// <summary>One population of the two-population experiment: per-particle averages over the observations.</summary>
/// <param name="TrueRadius">The population's radius (nm).</param>
/// <param name="TrueIndex">Its refractive index.</param>
/// <param name="MeanRadius">The mean of the per-particle average radii (nm).</param>
/// <param name="RadiusSpread">Their standard deviation (nm).</param>
/// <param name="MeanIndex">The mean of the per-particle average indices.</param>
/// <param name="IndexSpread">Their standard deviation.</param>
/// <param name="ParticleAverages">Each particle's average (radius nm, index).</param>
public sealed record PopulationResult(double TrueRadius, double TrueIndex, double MeanRadius, double RadiusSpread, double MeanIndex, double IndexSpread,
    IReadOnlyList<double[]> ParticleAverages);
