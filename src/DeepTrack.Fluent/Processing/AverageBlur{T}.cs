using System;
using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>Replaces every pixel by the mean of the <see cref="KernelSize"/> × <see cref="KernelSize"/> window centred on it (per plane).</summary>
/// <typeparam name="T">Pixel type (real or complex).</typeparam>
[Feature]
public sealed partial record AverageBlur<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>The window's side in pixels (odd, ≥ 1, so that the window is centred).</summary>
    [Positive]
    public partial int KernelSize { get; init; } = 3;

    /// <summary>How the image is extended beyond its edges.</summary>
    public partial BorderMode Mode { get; init; } = BorderMode.Reflect;

    /// <summary>The value outside the image for <see cref="BorderMode.Constant"/>.</summary>
    public partial double FillValue { get; init; } = 0;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(KernelSize >= 1 && KernelSize % 2 == 1 && KernelSize <= 2 * GaussianBlur<T>.MaximumRadius + 1, KernelSize, $"must be odd, ≥ 1 and at most {2 * GaussianBlur<T>.MaximumRadius + 1}");
        var kernel = new double[KernelSize];
        Array.Fill(kernel, 1.0 / KernelSize);
        return SeparableFilter.Apply(input, kernel, Mode, T.CreateChecked(FillValue));
    }
}
