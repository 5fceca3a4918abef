namespace DeepTrack.Fluent.Gpu.Batching;

/// <summary>One noise feature of one sample, resolved: its parameters and the key of its random numbers.</summary>
/// <param name="Poisson">Poisson noise (else Gaussian).</param>
/// <param name="First">Snr (Poisson) or Mean (Gaussian).</param>
/// <param name="Second">Background (Poisson) or Sigma (Gaussian).</param>
/// <param name="Definition">How Snr sets the photon scale (Poisson).</param>
/// <param name="Key">Drawn from the feature's keyed stream for this sample: (seed, sample, feature) alone.</param>
/// <param name="Resolved">The resolved feature (for the ground truth and messages).</param>
internal readonly record struct NoiseStep(bool Poisson, double First, double Second, Noise.SnrDefinition Definition, ulong Key, Feature Resolved);
