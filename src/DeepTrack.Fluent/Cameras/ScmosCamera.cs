using System;

namespace DeepTrack.Fluent.Cameras;

/// <summary>
/// An sCMOS camera: every pixel has its own offset, read noise and gain (a <see cref="ScmosCalibration"/>), as the
/// per-pixel noise model of Huang et al. (Nat. Methods 10, 653, 2013). Turns an image of expected photons per pixel
/// into digital counts.
/// </summary>
/// <remarks>
/// Pixel i of λ expected photons: n ~ Poisson(QE·λ + D) electrons, then round(g_i·n + o_i + N(0, v_i)) clipped to
/// [0, 2^bits − 1]. Moments without saturation: mean o_i + g_i·(QE·λ + D), variance g_i²·(QE·λ + D) + v_i + 1/12
/// (no excess noise: sCMOS pixels have no multiplication register). A negative pixel expects no photons.
/// </remarks>
[Feature]
public sealed partial record ScmosCamera : Feature<Image<double>, Image<double>>
{
    /// <summary>The per-pixel maps; the image must have their height and width.</summary>
    public partial ScmosCalibration? Calibration { get; init; } = null;

    /// <summary>The fraction of photons that become photoelectrons, in (0, 1].</summary>
    public partial double QuantumEfficiency { get; init; } = 0.8;

    /// <summary>Expected dark electrons per pixel and frame, ≥ 0.</summary>
    [NonNegative]
    public partial double DarkCounts { get; init; } = 0;

    /// <summary>The ADC's bits, 1 … 32: counts saturate at 2^BitDepth − 1.</summary>
    public partial int BitDepth { get; init; } = 16;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        Require(Calibration is not null, Calibration, "must be set: ScmosCalibration.Random(height, width, seed) or measured maps");
        var calibration = Calibration!;
        Require(calibration.Height == input.Height && calibration.Width == input.Width, $"{calibration.Height}×{calibration.Width}", $"must have the image's size {input.Height}×{input.Width}", nameof(Calibration));
        Require(QuantumEfficiency > 0 && QuantumEfficiency <= 1, QuantumEfficiency, "must be in (0, 1]");
        Require(BitDepth is >= 1 and <= 32, BitDepth, "must be between 1 and 32");
        CameraPixels.CheckFinite(this, input);
        var output = input.CreateUninitializedLike();
        var random = context.Random;
        double saturation = Math.Pow(2, BitDepth) - 1;
        var offset = calibration.Offset.AsReadOnlySpan();
        var variance = calibration.Variance.AsReadOnlySpan();
        var gain = calibration.Gain.AsReadOnlySpan();
        int plane = input.Height * input.Width;
        for (int z = 0; z < input.Depth; z++)
        {
            var source = input.AsReadOnlySpan().Slice(z * plane, plane);
            var target = output.AsWritableSpan().Slice(z * plane, plane);
            for (int i = 0; i < plane; i++)
            {
                double electrons = CameraPixels.Electrons(random, Math.Max(0, source[i]) * QuantumEfficiency + DarkCounts);
                double counts = gain[i] * electrons + offset[i] + Math.Sqrt(variance[i]) * random.NextGaussian();
                target[i] = Math.Clamp(Math.Round(counts), 0, saturation);
            }
        }

        return output;
    }
}
