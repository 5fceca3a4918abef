using System;
using System.Numerics.Tensors;

namespace DeepTrack.Fluent.Noise;

/// <summary>
/// Shot noise defined by a signal-to-noise ratio: the brightest pixel's signal above <see cref="Background"/>
/// receives <see cref="Snr"/>² photons, every pixel is replaced by a Poisson count of its own expected photons,
/// and the result is scaled back (so the mean is unchanged and the variance is value × peak / Snr²).
/// </summary>
/// <remarks>
/// As in DeepTrack 2.0, a pixel with a negative value expects no photons; the input image is not modified.
/// An image whose maximum is not above <see cref="Background"/> has no signal to define the scale and is rejected.
/// </remarks>
[Feature]
public sealed partial record PoissonNoise : Feature<Image<double>, Image<double>>
{
    /// <summary>The signal-to-noise ratio of the brightest pixel (&gt; 0).</summary>
    [Positive]
    public partial double Snr { get; init; } = 100;

    /// <summary>The level the signal is measured from.</summary>
    public partial double Background { get; init; } = 0;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        Require(Snr > 0 && double.IsFinite(Snr), Snr, "must be finite and > 0");
        Require(double.IsFinite(Background), Background, "must be finite");
        var source = input.AsReadOnlySpan();
        double maximum = source.IsEmpty ? double.NegativeInfinity : TensorPrimitives.Max(source);
        double peak = maximum - Background;
        Require(peak > 0 && double.IsFinite(peak), Background, $"must be below the image's maximum {maximum} (the peak signal defines the photon scale)");
        double scale = Snr * Snr / (peak * peak);
        var output = input.CreateUninitializedLike();
        var target = output.AsWritableSpan();
        var random = context.Random;
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = source[i] > 0 ? PoissonSampler.Draw(random, source[i] * scale) / scale : 0;
        }

        return output;
    }
}
