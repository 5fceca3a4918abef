using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// The spectrum of a field given as two planes (real, imaginary; as <see cref="Holography"/> and <see cref="SplitComplex"/>
/// give it): the field is extended by <see cref="Padding"/> pixels on every side as <see cref="Mode"/> says and
/// transformed (forward FFT, unscaled, zero frequency at index 0), as DeepTrack 2.0's <c>FourierTransform</c>.
/// <see cref="InverseFourierTransform"/> with the same padding returns the field.
/// </summary>
/// <remarks>Positional ground truth moves with the padding, by (Padding, Padding), and back with the inverse.</remarks>
[Feature]
public sealed partial record FourierTransform : Feature<Image<double>, Image<Complex>>
{
    /// <summary>Pixels added on every side (≥ 0; DeepTrack 2.0's default 32).</summary>
    [NonNegative]
    public partial int Padding { get; init; } = 32;

    /// <summary>How the added pixels are filled (DeepTrack 2.0: reflected about the edge).</summary>
    public partial FieldPadding Mode { get; init; } = FieldPadding.Reflect;

    /// <inheritdoc />
    protected override Image<Complex> Compute(Image<double> input, FeatureContext context)
    {
        Require(input.Rank == 3 && input.Depth == 2, input.Depth, "a field is given as exactly two planes (real, imaginary)");
        Require(Padding >= 0 && (long)Math.Max(input.Height, input.Width) + 2L * Padding <= 1 << 14, Padding, $"must be ≥ 0 and keep the padded field within 2^14 pixels a side ({input.Height}×{input.Width} field)");
        var field = new Complex[input.Height * input.Width];
        var real = input.Plane(0);
        var imaginary = input.Plane(1);
        for (int i = 0; i < field.Length; i++)
        {
            field[i] = new Complex(real[i], imaginary[i]);
        }

        int height = input.Height + 2 * Padding, width = input.Width + 2 * Padding;
        var grid = FieldPadder.Pad(field, input.Height, input.Width, height, width, Padding, Padding, Mode);
        context.Environment.Fft.Forward(grid, height, width);
        return Image<Complex>.Wrap(grid, height, width);
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(Image<double> input) => AffineMapping.Translate(Padding, Padding);
}
