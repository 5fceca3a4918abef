using System;
using System.Globalization;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// How an image's pixels become network input values: applied by the <see cref="SampleEncoder{TSample}"/> while
/// training and saved in the <see cref="ModelBundle"/>, so that a model applied to files sees its inputs exactly as it
/// saw them in training.
/// </summary>
/// <remarks>
/// The per-image kinds use every value of the image (all planes of a multi-channel image together). An image whose
/// pixels are all equal has no range or spread: <see cref="NormalizationKind.MinMax"/> maps it to
/// <see cref="Low"/> and <see cref="NormalizationKind.Standard"/> to 0, rather than dividing by zero.
/// Normalise in the encoder rather than with a normalising feature at the end of the pipeline when the model is to
/// be applied to experimental images: a feature is part of the simulation and does not travel with the model.
/// </remarks>
public sealed record InputNormalization
{
    private InputNormalization(NormalizationKind kind, double low, double high)
    {
        Kind = kind;
        Low = low;
        High = high;
    }

    /// <summary>The pixels as they are (the encoder's default).</summary>
    public static InputNormalization None { get; } = new(NormalizationKind.None, 0, 0);

    /// <summary>The kind.</summary>
    public NormalizationKind Kind { get; }

    /// <summary>The lower end of the range (<see cref="NormalizationKind.MinMax"/>) or the offset (<see cref="NormalizationKind.Fixed"/>); 0 otherwise.</summary>
    public double Low { get; }

    /// <summary>The upper end of the range (<see cref="NormalizationKind.MinMax"/>) or the scale (<see cref="NormalizationKind.Fixed"/>); 0 otherwise.</summary>
    public double High { get; }

    /// <summary>Each image scaled so its smallest pixel is <paramref name="low"/> and its largest <paramref name="high"/> (DeepTrack 2.0's <c>NormalizeMinMax</c>).</summary>
    /// <param name="low">The value of the smallest pixel.</param>
    /// <param name="high">The value of the largest pixel (&gt; <paramref name="low"/>).</param>
    /// <returns>The normalisation.</returns>
    public static InputNormalization MinMax(double low = 0, double high = 1)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || !(high > low))
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, $"InputNormalization.MinMax needs finite bounds with high > low; got low = {low}, high = {high}.");
        }

        return new(NormalizationKind.MinMax, low, high);
    }

    /// <summary>Each image shifted to mean 0 and scaled to standard deviation 1 (DeepTrack 2.0's <c>NormalizeStandard</c>).</summary>
    /// <returns>The normalisation.</returns>
    public static InputNormalization Standard() => new(NormalizationKind.Standard, 0, 0);

    /// <summary>The same affine map for every image, <c>(pixel − offset) / scale</c>: for cameras whose counts mean the same in every frame.</summary>
    /// <param name="offset">Subtracted first (e.g. the camera's dark level).</param>
    /// <param name="scale">Divided by next (finite, ≠ 0).</param>
    /// <returns>The normalisation.</returns>
    public static InputNormalization Fixed(double offset, double scale)
    {
        if (!double.IsFinite(offset))
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "InputNormalization.Fixed needs a finite offset.");
        }

        if (!double.IsFinite(scale) || scale == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "InputNormalization.Fixed needs a finite, non-zero scale.");
        }

        return new(NormalizationKind.Fixed, offset, scale);
    }

    /// <summary>A normalisation from its stored parts (as a <see cref="ModelBundle"/> manifest holds them), checked as the factory methods check them.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="low">The lower bound or offset.</param>
    /// <param name="high">The upper bound or scale.</param>
    /// <returns>The normalisation.</returns>
    public static InputNormalization Create(NormalizationKind kind, double low, double high)
        => kind switch
        {
            NormalizationKind.None => None,
            NormalizationKind.MinMax => MinMax(low, high),
            NormalizationKind.Standard => Standard(),
            NormalizationKind.Fixed => Fixed(low, high),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"There is no normalisation kind {kind}; the kinds are {string.Join(", ", Enum.GetNames<NormalizationKind>())}."),
        };

    /// <summary>Normalises one image's pixels into network input values.</summary>
    /// <param name="pixels">The image's values (any order: every kind treats them alike).</param>
    /// <param name="output">As many values as <paramref name="pixels"/>.</param>
    public void Apply(ReadOnlySpan<double> pixels, Span<float> output)
    {
        if (output.Length != pixels.Length)
        {
            throw new ArgumentException($"The output holds {output.Length} values but the image {pixels.Length}.", nameof(output));
        }

        double offset = 0, factor = 1, shift = 0;
        switch (Kind)
        {
            case NormalizationKind.MinMax:
            {
                double min = double.PositiveInfinity, max = double.NegativeInfinity;
                foreach (double value in pixels)
                {
                    min = Math.Min(min, value);
                    max = Math.Max(max, value);
                }

                offset = min;
                factor = max > min ? (High - Low) / (max - min) : 0;
                shift = Low;
                break;
            }

            case NormalizationKind.Standard:
            {
                double sum = 0;
                foreach (double value in pixels)
                {
                    sum += value;
                }

                double mean = sum / pixels.Length, squares = 0;
                foreach (double value in pixels)
                {
                    squares += (value - mean) * (value - mean);
                }

                double deviation = Math.Sqrt(squares / pixels.Length);
                offset = mean;
                factor = deviation > 0 ? 1 / deviation : 0;
                break;
            }

            case NormalizationKind.Fixed:
                offset = Low;
                factor = 1 / High;
                break;
        }

        for (int i = 0; i < pixels.Length; i++)
        {
            output[i] = (float)(((pixels[i] - offset) * factor) + shift);
        }
    }

    /// <inheritdoc/>
    public override string ToString()
        => Kind switch
        {
            NormalizationKind.MinMax => string.Create(CultureInfo.InvariantCulture, $"MinMax({Low:R}, {High:R})"),
            NormalizationKind.Fixed => string.Create(CultureInfo.InvariantCulture, $"Fixed(offset {Low:R}, scale {High:R})"),
            _ => Kind.ToString(),
        };
}
