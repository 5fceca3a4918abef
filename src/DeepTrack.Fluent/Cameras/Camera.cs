using System;
using DeepTrack.Fluent.Noise;

namespace DeepTrack.Fluent.Cameras;

/// <summary>
/// A CCD or EMCCD camera: turns an image of expected photons per pixel into digital counts (ADU) with the camera's
/// noise: photon shot noise at <see cref="QuantumEfficiency"/>, <see cref="DarkCounts"/>, stochastic electron
/// multiplication (<see cref="EmGain"/>), <see cref="ReadNoise"/>, conversion (<see cref="ElectronsPerCount"/>),
/// <see cref="Baseline"/>, rounding and saturation at 2^<see cref="BitDepth"/> − 1.
/// </summary>
/// <remarks>
/// <para>Per pixel of λ expected photons: n ~ Poisson(QE·λ + D) photo- and dark electrons; the multiplication register
/// gives m = n + NegativeBinomial(n, 1/G) electrons (each electron becomes a geometric number of mean G: for G ≫ 1 m is
/// gamma-distributed, Gamma(n, G); G = 1 leaves n); then e = m + N(0, σ_read²); the output is
/// round(e / K + baseline) clipped to [0, 2^bits − 1]. A negative pixel expects no photons.</para>
/// <para>Moments without saturation: mean = baseline + G·(QE·λ + D)/K; variance = (F²·G²·(QE·λ + D) + σ_read²)/K² + 1/12
/// (the last term from rounding), with the excess-noise factor F² = 2 − 1/G: 1 without multiplication, → 2 (F → √2)
/// at high gain, the value of a long multiplication register (Robbins and Hadwen, IEEE Trans. Electron Devices 50, 1227, 2003).</para>
/// </remarks>
[Feature]
public sealed partial record Camera : Feature<Image<double>, Image<double>>
{
    /// <summary>The fraction of photons that become photoelectrons, in (0, 1].</summary>
    public partial double QuantumEfficiency { get; init; } = 0.9;

    /// <summary>Expected spurious electrons per pixel and frame (dark current × exposure + clock-induced charge), ≥ 0.</summary>
    [NonNegative]
    public partial double DarkCounts { get; init; } = 0;

    /// <summary>The mean electron multiplication G ≥ 1 (1: a conventional CCD).</summary>
    public partial double EmGain { get; init; } = 1;

    /// <summary>The read noise, in electrons rms at the output (after multiplication), ≥ 0.</summary>
    [NonNegative]
    public partial double ReadNoise { get; init; } = 2;

    /// <summary>The conversion gain K: electrons per ADU (&gt; 0).</summary>
    [Positive]
    public partial double ElectronsPerCount { get; init; } = 1;

    /// <summary>The offset added to every pixel, in ADU (≥ 0).</summary>
    [NonNegative]
    public partial double Baseline { get; init; } = 100;

    /// <summary>The ADC's bits, 1 … 32: counts saturate at 2^BitDepth − 1.</summary>
    public partial int BitDepth { get; init; } = 16;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        Require(QuantumEfficiency > 0 && QuantumEfficiency <= 1, QuantumEfficiency, "must be in (0, 1]");
        Require(EmGain >= 1 && double.IsFinite(EmGain), EmGain, "must be finite and ≥ 1 (1: no multiplication)");
        Require(BitDepth is >= 1 and <= 32, BitDepth, "must be between 1 and 32");
        var source = input.AsReadOnlySpan();
        CameraPixels.CheckFinite(this, input);
        var output = input.CreateUninitializedLike();
        var target = output.AsWritableSpan();
        var random = context.Random;
        double saturation = Math.Pow(2, BitDepth) - 1;
        for (int i = 0; i < source.Length; i++)
        {
            double electrons = CameraPixels.Electrons(random, Math.Max(0, source[i]) * QuantumEfficiency + DarkCounts);
            electrons = CameraPixels.Multiply(random, electrons, EmGain);
            double counts = (electrons + ReadNoise * random.NextGaussian()) / ElectronsPerCount + Baseline;
            target[i] = Math.Clamp(Math.Round(counts), 0, saturation);
        }

        return output;
    }
}
