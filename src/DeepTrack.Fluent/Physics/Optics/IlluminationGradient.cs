using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Shapes the incident field of coherent optics: the amplitude becomes |E| + <see cref="RowGradient"/>·row +
/// <see cref="ColumnGradient"/>·column + <see cref="Constant"/> (row and column in simulation pixels of the
/// grid), which must stay ≥ 0; the phase is kept.
/// </summary>
[Feature]
public sealed partial record IlluminationGradient : Feature<Image<Complex>, Image<Complex>>
{
    /// <summary>Amplitude change per grid row.</summary>
    public partial double RowGradient { get; init; } = 0;

    /// <summary>Amplitude change per grid column.</summary>
    public partial double ColumnGradient { get; init; } = 0;

    /// <summary>Amplitude added everywhere.</summary>
    public partial double Constant { get; init; } = 0;

    /// <inheritdoc />
    protected override Image<Complex> Compute(Image<Complex> input, FeatureContext context)
    {
        Require(double.IsFinite(RowGradient), RowGradient, "must be finite");
        Require(double.IsFinite(ColumnGradient), ColumnGradient, "must be finite");
        Require(double.IsFinite(Constant), Constant, "must be finite");
        var output = input.CreateLike();
        var target = output.AsWritableSpan();
        var source = input.AsReadOnlySpan();
        for (int row = 0; row < input.Height; row++)
        {
            for (int column = 0; column < input.Width; column++)
            {
                int i = row * input.Width + column;
                double magnitude = source[i].Magnitude;
                double amplitude = magnitude + RowGradient * row + ColumnGradient * column + Constant;
                Require(amplitude >= 0, amplitude, $"the amplitude at grid pixel ({row}, {column}) must stay ≥ 0");
                target[i] = magnitude == 0 ? new Complex(amplitude, 0) : source[i] * (amplitude / magnitude);
            }
        }

        return output;
    }
}
