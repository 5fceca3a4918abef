using System;
using System.Numerics.Tensors;

namespace DeepTrack.Fluent.Noise;

/// <summary>
/// Shot noise at a signal-to-noise ratio: the image is taken as proportional to the expected number of photons per
/// pixel, each pixel is replaced by a Poisson count of its photons and the result is scaled back, so the mean is
/// unchanged and the variance is value / (photons per unit).
/// </summary>
/// <remarks>
/// <para>Scale (<see cref="SnrDefinition.PeakShotNoise"/>, the default): the brightest pixel, of value max, has
/// signal max − <see cref="Background"/> and shot noise √(max / s) at s photons per unit; s = Snr²·max/(max − B)²
/// makes their ratio exactly <see cref="Snr"/>, for any scale of the image (a peak of 0.01 or of 1000).
/// <see cref="SnrDefinition.DeepTrack2"/> reproduces DeepTrack 2.0's s = Snr²/(max − B)².</para>
/// <para>An image with no signal (max ≤ Background: no object in view, for example) gets the background's own
/// shot noise: s = Snr²/B, so that the background level B has a signal-to-noise ratio of Snr (B photons per pixel
/// of Snr²); if B ≤ 0 as well there is no light, and the image is 0. As in DeepTrack 2.0 a pixel with a negative
/// value expects no photons. The input is not modified.</para>
/// </remarks>
[Feature]
public sealed partial record PoissonNoise : Feature<Image<double>, Image<double>>
{
    /// <summary>The expected photon count above which a normal draw replaces the Poisson draw (relative error of its skewness below 1e-4).</summary>
    private const double NormalLimit = 1 << 30;

    /// <summary>The signal-to-noise ratio of the brightest pixel (&gt; 0).</summary>
    [Positive]
    public partial double Snr { get; init; } = 100;

    /// <summary>The level the signal is measured from.</summary>
    public partial double Background { get; init; } = 0;

    /// <summary>How <see cref="Snr"/> sets the photon scale (default: the measured SNR of the brightest pixel).</summary>
    public partial SnrDefinition Definition { get; init; } = SnrDefinition.PeakShotNoise;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        Require(double.IsFinite(Background), Background, "must be finite");
        var source = input.AsReadOnlySpan();
        int index = FirstNonFinite(source);
        if (index >= 0)
        {
            throw new ArgumentException(
                $"{Name} received a pixel that is not finite: input[{Describe(input, index)}] = {source[index]}. The image reaching {Name} must be finite; look at the features before it.",
                nameof(input));
        }

        double maximum = source.IsEmpty ? 0 : Math.Max(0, TensorPrimitives.Max(source));
        double scale = PhotonsPerUnit(maximum);
        var output = input.CreateUninitializedLike();
        var target = output.AsWritableSpan();
        if (scale == 0)
        {
            target.Clear();
            return output;
        }

        double photons = maximum * scale;
        Require(double.IsFinite(photons) && photons < 1e300, Snr, $"gives {photons:G3} photons at the brightest pixel (value {maximum:G6}, background {Background:G6}): the signal is too small a fraction of the background for its shot noise to reach this SNR");
        var random = context.Random;
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = source[i] > 0 ? Draw(random, source[i] * scale) / scale : 0;
        }

        return output;
    }

    /// <summary>Photons per unit of the image (0: no light).</summary>
    private double PhotonsPerUnit(double maximum)
    {
        double signal = maximum - Background;
        if (signal > 0)
        {
            return Definition == SnrDefinition.DeepTrack2
                ? Snr * Snr / (signal * signal)
                : Snr * Snr * maximum / (signal * signal);
        }

        return Background > 0 ? Snr * Snr / Background : 0;
    }

    /// <summary>A Poisson count, or a normal one rounded to a whole number for means beyond 2^30 photons.</summary>
    private static double Draw(RandomStream random, double mean)
        => mean < NormalLimit ? PoissonSampler.Draw(random, mean) : Math.Round(mean + Math.Sqrt(mean) * random.NextGaussian());

    private static int FirstNonFinite(ReadOnlySpan<double> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Describe(Image<double> image, int index)
    {
        int plane = index / (image.Height * image.Width), rest = index % (image.Height * image.Width);
        return image.Depth > 1 ? $"{rest / image.Width}, {rest % image.Width}, {plane}" : $"{rest / image.Width}, {rest % image.Width}";
    }
}
