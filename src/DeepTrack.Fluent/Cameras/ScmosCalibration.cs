using System;

namespace DeepTrack.Fluent.Cameras;

/// <summary>
/// The per-pixel maps of an sCMOS camera, as a calibration measures them (Huang et al., Nat. Methods 10, 653, 2013):
/// offset o_i (ADU), read-noise variance v_i (ADU²) and gain g_i (ADU per electron), one value per pixel.
/// </summary>
public sealed class ScmosCalibration
{
    /// <summary>Creates a calibration from measured maps (all of the same height and width).</summary>
    /// <param name="offset">The offset of each pixel, in ADU.</param>
    /// <param name="variance">The read-noise variance of each pixel, in ADU² (≥ 0).</param>
    /// <param name="gain">The gain of each pixel, in ADU per electron (&gt; 0).</param>
    public ScmosCalibration(Image<double> offset, Image<double> variance, Image<double> gain)
    {
        ArgumentNullException.ThrowIfNull(offset);
        ArgumentNullException.ThrowIfNull(variance);
        ArgumentNullException.ThrowIfNull(gain);
        if (offset.Rank != 2 || variance.Height != offset.Height || variance.Width != offset.Width || variance.Rank != 2
            || gain.Height != offset.Height || gain.Width != offset.Width || gain.Rank != 2)
        {
            throw new ArgumentException($"The maps must be 2-D images of one size; they are {offset}, {variance} and {gain}.", nameof(variance));
        }

        Check(offset, nameof(offset), v => double.IsFinite(v), "finite");
        Check(variance, nameof(variance), v => v >= 0 && double.IsFinite(v), "finite and ≥ 0");
        Check(gain, nameof(gain), v => v > 0 && double.IsFinite(v), "finite and > 0");
        Offset = offset;
        Variance = variance;
        Gain = gain;
    }

    /// <summary>Rows of the sensor.</summary>
    public int Height => Offset.Height;

    /// <summary>Columns of the sensor.</summary>
    public int Width => Offset.Width;

    /// <summary>The offset of each pixel, in ADU.</summary>
    public Image<double> Offset { get; }

    /// <summary>The read-noise variance of each pixel, in ADU².</summary>
    public Image<double> Variance { get; }

    /// <summary>The gain of each pixel, in ADU per electron.</summary>
    public Image<double> Gain { get; }

    /// <summary>
    /// A sensor drawn from a seed (the same seed, the same sensor): offsets N(baseline, spread²), read noise
    /// σ_i = medianReadNoise·exp(s·N(0, 1)) electrons (log-normal: most pixels quiet, a tail of noisy ones), gains
    /// gain·(1 + gainSpread·N(0, 1)).
    /// </summary>
    /// <param name="height">Rows (≥ 1).</param>
    /// <param name="width">Columns (≥ 1).</param>
    /// <param name="seed">The seed of the fixed pattern.</param>
    /// <param name="baseline">The mean offset, in ADU.</param>
    /// <param name="baselineSpread">The standard deviation of the offsets, in ADU (≥ 0).</param>
    /// <param name="medianReadNoise">The median read noise, in electrons rms (≥ 0).</param>
    /// <param name="readNoiseSpread">The standard deviation s of the logarithm of the read noise (≥ 0).</param>
    /// <param name="gain">The mean gain, in ADU per electron (&gt; 0).</param>
    /// <param name="gainSpread">The relative standard deviation of the gains (≥ 0, small enough that gains stay positive).</param>
    /// <returns>The calibration.</returns>
    public static ScmosCalibration Random(
        int height, int width, ulong seed, double baseline = 100, double baselineSpread = 2, double medianReadNoise = 1.6,
        double readNoiseSpread = 0.4, double gain = 0.5, double gainSpread = 0.02)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        if (!(baselineSpread >= 0) || !(medianReadNoise >= 0) || !(readNoiseSpread >= 0) || !(gain > 0) || !(gainSpread >= 0) || !double.IsFinite(baseline))
        {
            throw new ArgumentOutOfRangeException(nameof(gain), "The spreads and the read noise must be ≥ 0, the gain > 0 and the baseline finite.");
        }

        var random = new RandomStream(seed);
        var offset = new Image<double>(height, width);
        var variance = new Image<double>(height, width);
        var gains = new Image<double>(height, width);
        var o = offset.AsWritableSpan();
        var v = variance.AsWritableSpan();
        var g = gains.AsWritableSpan();
        for (int i = 0; i < o.Length; i++)
        {
            o[i] = baseline + baselineSpread * random.NextGaussian();
            g[i] = gain * (1 + gainSpread * random.NextGaussian());
            if (!(g[i] > 0))
            {
                throw new ArgumentOutOfRangeException(nameof(gainSpread), gainSpread, "The gain spread is so large that a pixel's gain came out ≤ 0.");
            }

            double noise = medianReadNoise * Math.Exp(readNoiseSpread * random.NextGaussian());
            v[i] = noise * noise * g[i] * g[i];
        }

        return new ScmosCalibration(offset, variance, gains);
    }

    private static void Check(Image<double> map, string name, Func<double, bool> valid, string requirement)
    {
        var values = map.AsReadOnlySpan();
        for (int i = 0; i < values.Length; i++)
        {
            if (!valid(values[i]))
            {
                throw new ArgumentOutOfRangeException(name, values[i], $"Every value of the {name} map must be {requirement}; pixel ({i / map.Width}, {i % map.Width}) is {values[i]}.");
            }
        }
    }
}
