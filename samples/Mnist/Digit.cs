using DeepTrack.Fluent;

namespace Mnist;

/// <summary>One handwritten digit: a 28×28 image with values in [0, 1] and its class.</summary>
/// <param name="Image">The image (row-major, 0 background, 1 ink).</param>
/// <param name="Label">The digit, 0–9.</param>
public sealed record Digit(Image<double> Image, int Label);
