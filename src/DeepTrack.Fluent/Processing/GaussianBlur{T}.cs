using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Blurs every plane laterally with a normalised, sampled Gaussian of standard deviation <see cref="Sigma"/> pixels,
/// truncated at <see cref="Truncate"/>·σ (scipy.ndimage.gaussian_filter's kernel, applied per plane).
/// </summary>
/// <typeparam name="T">Pixel type (real or complex).</typeparam>
[Feature]
public sealed partial record GaussianBlur<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>The largest kernel radius, round(Truncate·σ), in pixels.</summary>
    public const int MaximumRadius = 1 << 16;

    /// <summary>The standard deviation in pixels (≥ 0; 0 leaves the image unchanged; the kernel radius round(Truncate·σ) at most <see cref="MaximumRadius"/>).</summary>
    [NonNegative]
    public partial double Sigma { get; init; } = 1;

    /// <summary>The kernel's radius in standard deviations: round(Truncate·σ) pixels each side (&gt; 0).</summary>
    [Positive]
    public partial double Truncate { get; init; } = 4;

    /// <summary>How the image is extended beyond its edges.</summary>
    public partial BorderMode Mode { get; init; } = BorderMode.Reflect;

    /// <summary>The value outside the image for <see cref="BorderMode.Constant"/>.</summary>
    public partial double FillValue { get; init; } = 0;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(Truncate * Sigma + 0.5 <= MaximumRadius, Sigma, $"with Truncate {Truncate} gives a kernel radius of {Truncate * Sigma:G3} pixels (at most {MaximumRadius})");
        var kernel = GaussianKernel.Create(Sigma, Truncate);
        return SeparableFilter.Apply(input, kernel, Mode, T.CreateChecked(FillValue));
    }
}
