namespace ParticleLocalization;

/// <summary>Mean localisation errors at one signal-to-noise ratio.</summary>
/// <param name="SignalToNoise">The SNR of the test images.</param>
/// <param name="CnnError">The CNN's mean error in pixels: the first network's estimate refined on the window around it.</param>
/// <param name="FirstNetworkError">The mean error of the first network alone (the paper's network on the whole image, averaged over the 8 symmetries of the square).</param>
/// <param name="RadialCenterError">Radial center's mean error in pixels (over the images where it found a centre).</param>
/// <param name="RadialCenterNotFound">Images where radial center returned no finite position.</param>
/// <param name="CentroidError">The centroid's mean error in pixels (over the images where it found a centre).</param>
/// <param name="CentroidNotFound">Images where no pixel exceeded the centroid's threshold.</param>
/// <param name="FirstPositions">The true (x, y) of the first test particles: the same at every level.</param>
public sealed record SnrResult(double SignalToNoise, double CnnError, double FirstNetworkError, double RadialCenterError, int RadialCenterNotFound,
    double CentroidError, int CentroidNotFound, string[] FirstPositions);
