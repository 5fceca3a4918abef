namespace DeepTrack.Fluent.Noise;

/// <summary>How <see cref="PoissonNoise"/> turns its <see cref="PoissonNoise.Snr"/> into a number of photons.</summary>
public enum SnrDefinition
{
    /// <summary>
    /// The measured signal-to-noise ratio of the brightest pixel is <see cref="PoissonNoise.Snr"/>: its signal
    /// above the background divided by the standard deviation of its shot noise, whatever the image's scale.
    /// One unit of the image is Snr²·max/(max − background)² photons.
    /// </summary>
    PeakShotNoise,

    /// <summary>
    /// DeepTrack 2.0's formula: one unit of the image is Snr²/(max − background)² photons, so the measured
    /// signal-to-noise ratio of the brightest pixel is Snr·(max − background)/√max: Snr only when the maximum is 1
    /// and the background 0.
    /// </summary>
    DeepTrack2,
}
