namespace TrackingMovie;

/// <summary>What one run measured against the simulation's ground truth (written to results.json).</summary>
/// <param name="Settings">The run's sizes.</param>
/// <param name="Detection">Detections matched to visible true particles within 3 px, over all frames.</param>
/// <param name="LinkAccuracy">The fraction of true links between matched detections that the linker made.</param>
/// <param name="LinkPrecision">The fraction of the linker's links between matched detections that are true.</param>
/// <param name="Diffusion">D from the linked tracks and its error against the simulated D.</param>
/// <param name="Seconds">Wall-clock time per stage.</param>
/// <param name="Threads">The cores the process saw (training and inference use them all).</param>
public sealed record Results(Settings Settings, DetectionResult Detection, double LinkAccuracy, double LinkPrecision, DiffusionResult Diffusion, StageSeconds Seconds, int Threads);

/// <summary>Detection scores over the whole movie.</summary>
public sealed record DetectionResult(int TruePositives, int FalsePositives, int FalseNegatives, double Precision, double Recall, double F1, double RmsErrorPx);

/// <summary>The diffusion coefficient in px²/frame: simulated, from the true tracks, from the linked tracks, and the relative error of the last.</summary>
public sealed record DiffusionResult(double Simulated, double FromTrueTracks, double FromLinkedTracks, double LocalisationOffsetPx2, double RelativeError);

/// <summary>
/// Wall-clock seconds spent simulating, training, applying the model (reading the TIFF file, normalising, inference,
/// detection) and linking, in all; and the CPU seconds of the process (all threads), which on a shared machine say more
/// than the wall clock.
/// </summary>
public sealed record StageSeconds(double Simulation, double Training, double Application, double Linking, double Total, double ProcessCpu);
