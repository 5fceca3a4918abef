using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// The field of a spectrum (inverse FFT, scaled by 1/(H·W)) with <see cref="Padding"/> pixels removed from every side,
/// as two planes (real, imaginary): the inverse of <see cref="FourierTransform"/> with the same padding, as DeepTrack
/// 2.0's <c>InverseFourierTransform</c>.
/// </summary>
[Feature]
public sealed partial record InverseFourierTransform : Feature<Image<Complex>, Image<double>>
{
    /// <summary>Pixels removed from every side (≥ 0; DeepTrack 2.0's default 32).</summary>
    [NonNegative]
    public partial int Padding { get; init; } = 32;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<Complex> input, FeatureContext context)
    {
        Require(input.Rank == 2, input.Rank, "a spectrum is a 2-D complex image");
        Require(Padding >= 0 && 2L * Padding < input.Height && 2L * Padding < input.Width, Padding, $"must be ≥ 0 and leave at least one pixel of the {input.Height}×{input.Width} spectrum");
        var grid = input.AsReadOnlySpan().ToArray();
        context.Environment.Fft.Inverse(grid, input.Height, input.Width);
        int height = input.Height - 2 * Padding, width = input.Width - 2 * Padding;
        var output = new Image<double>(height, width, 2);
        var real = output.WritablePlane(0);
        var imaginary = output.WritablePlane(1);
        for (int row = 0; row < height; row++)
        {
            for (int column = 0; column < width; column++)
            {
                var value = grid[(row + Padding) * input.Width + column + Padding];
                real[row * width + column] = value.Real;
                imaginary[row * width + column] = value.Imaginary;
            }
        }

        return output;
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(Image<Complex> input) => AffineMapping.Translate(-Padding, -Padding);
}
