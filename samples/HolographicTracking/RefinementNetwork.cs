using DeepTrack.Fluent.Torch;

namespace HolographicTracking;

/// <summary>The trained refinement CNN and the mean z error it made on its validation crops, which its answers are corrected by.</summary>
/// <param name="Model">The network.</param>
/// <param name="DepthOffset">The mean of predicted minus true z on the validation crops (µm), subtracted from every z it predicts.</param>
public sealed record RefinementNetwork(Cnn Model, double DepthOffset);
