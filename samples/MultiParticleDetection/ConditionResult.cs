using DeepTrack.Fluent.Torch;

namespace MultiParticleDetection;

/// <summary>Detection scores of both methods under one test condition.</summary>
/// <param name="Snr">The emitters' SNR (peak over the background's shot noise).</param>
/// <param name="Particles">Emitters per 128×128 image.</param>
/// <param name="Images">Test images.</param>
/// <param name="UNet">The U-Net's score (all images pooled, matching within 3 px).</param>
/// <param name="Classical">The band-pass detector's score.</param>
public sealed record ConditionResult(double Snr, int Particles, int Images, DetectionScore UNet, DetectionScore Classical);
