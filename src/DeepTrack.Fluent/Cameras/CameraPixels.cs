using System;
using DeepTrack.Fluent.Noise;

namespace DeepTrack.Fluent.Cameras;

/// <summary>The steps that <see cref="Camera"/> and <see cref="ScmosCamera"/> share.</summary>
internal static class CameraPixels
{
    /// <summary>Expected counts above which a rounded normal draw replaces the Poisson draw.</summary>
    private const double NormalLimit = 1 << 30;

    /// <summary>Rejects an input with a pixel that is not finite, naming the camera and the pixel.</summary>
    public static void CheckFinite(Feature camera, Image<double> input)
    {
        var source = input.AsReadOnlySpan();
        for (int i = 0; i < source.Length; i++)
        {
            if (!double.IsFinite(source[i]))
            {
                int plane = i / (input.Height * input.Width), rest = i % (input.Height * input.Width);
                string place = input.Depth > 1 ? $"{rest / input.Width}, {rest % input.Width}, {plane}" : $"{rest / input.Width}, {rest % input.Width}";
                throw new ArgumentException(
                    $"{camera.Name} received a pixel that is not finite: input[{place}] = {source[i]}. The expected photons reaching {camera.Name} must be finite; look at the features before it.",
                    "input");
            }
        }
    }

    /// <summary>A Poisson number of electrons of the given mean.</summary>
    public static double Electrons(RandomStream random, double mean)
        => mean < NormalLimit ? PoissonSampler.Draw(random, mean) : Math.Round(mean + Math.Sqrt(mean) * random.NextGaussian());

    /// <summary>
    /// The output of a multiplication register of mean gain G for n input electrons: n + NegativeBinomial(n, 1/G),
    /// drawn as n + Poisson(Gamma(n, G − 1)) (mean nG, variance nG(G − 1)).
    /// </summary>
    public static double Multiply(RandomStream random, double electrons, double gain)
        => gain == 1 || electrons == 0 ? electrons : electrons + Electrons(random, GammaSampler.Draw(random, electrons, gain - 1));
}
