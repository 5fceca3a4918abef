using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Noise;

/// <summary>A granular texture: white Gaussian noise smoothed by a Gaussian, scaled to zero mean and unit standard deviation over the image.</summary>
internal static class SmoothedNoise
{
    /// <summary>Draws the texture, one value per pixel in row-major order.</summary>
    /// <param name="height">Rows.</param>
    /// <param name="width">Columns.</param>
    /// <param name="grain">The standard deviation in pixels of the smoothing Gaussian.</param>
    /// <param name="random">The seeded stream the noise is drawn from.</param>
    /// <returns>The texture.</returns>
    public static double[] Create(int height, int width, double grain, RandomStream random)
    {
        var noise = new Image<double>(height, width);
        var pixels = noise.AsWritableSpan();
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = random.NextGaussian();
        }

        var smooth = SeparableFilter.Apply(noise, GaussianKernel.Create(grain, 4), BorderMode.Reflect, 0.0).AsReadOnlySpan().ToArray();
        double mean = 0, square = 0;
        foreach (double v in smooth)
        {
            mean += v / smooth.Length;
            square += v * v / smooth.Length;
        }

        double scale = 1 / System.Math.Sqrt(System.Math.Max(square - mean * mean, 1e-300));
        for (int i = 0; i < smooth.Length; i++)
        {
            smooth[i] = (smooth[i] - mean) * scale;
        }

        return smooth;
    }
}
