using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Multiplies a spectrum by a power of a transfer function: <see cref="Forward"/>^<see cref="Power"/> for Power ≥ 0,
/// <see cref="Inverse"/>^|Power| for Power &lt; 0, as DeepTrack 2.0's <c>FourierTransformTransformation(Tz, Tzinv, i)</c>.
/// With <see cref="PropagationMatrix"/> of a distance d, Power i propagates the field by i·d (draw i to refocus at random depths).
/// </summary>
[Feature]
public sealed partial record FourierTransformTransformation : Feature<Image<Complex>, Image<Complex>>
{
    /// <summary>The transfer function for positive powers (the spectrum's size, FFT order).</summary>
    public partial Image<Complex>? Forward { get; init; } = null;

    /// <summary>The transfer function for negative powers (the spectrum's size, FFT order).</summary>
    public partial Image<Complex>? Inverse { get; init; } = null;

    /// <summary>The power i: Forward^i for i ≥ 0, Inverse^|i| for i &lt; 0.</summary>
    public partial int Power { get; init; } = 1;

    /// <inheritdoc />
    protected override Image<Complex> Compute(Image<Complex> input, FeatureContext context)
    {
        var matrix = Power >= 0 ? Forward : Inverse;
        string name = Power >= 0 ? nameof(Forward) : nameof(Inverse);
        Require(matrix is not null, matrix, $"must be set for Power {Power}", name);
        Require(matrix!.Height == input.Height && matrix.Width == input.Width && matrix.Depth == input.Depth, matrix, $"must have the spectrum's size {input.Height}×{input.Width}", name);
        Require(Power != int.MinValue, Power, "must be above int.MinValue");
        var output = input.CreateLike();
        var target = output.AsWritableSpan();
        var source = input.AsReadOnlySpan();
        var factors = matrix.AsReadOnlySpan();
        int power = Math.Abs(Power);
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = source[i] * (power == 1 ? factors[i] : Complex.Pow(factors[i], power));
        }

        return output;
    }
}
