using System;
using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>A real image from a complex one: each pixel's real or imaginary part, modulus, argument or squared modulus.</summary>
[Feature]
public sealed partial record ComplexComponent : Feature<Image<Complex>, Image<double>>
{
    /// <summary>The quantity taken.</summary>
    public partial ComplexPart Part { get; init; } = ComplexPart.Magnitude;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<Complex> input, FeatureContext context)
    {
        var output = input.Rank == 2 ? new Image<double>(input.Height, input.Width) : new Image<double>(input.Height, input.Width, input.Depth);
        var source = input.AsReadOnlySpan();
        var target = output.AsWritableSpan();
        for (int i = 0; i < source.Length; i++)
        {
            Complex z = source[i];
            target[i] = Part switch
            {
                ComplexPart.Real => z.Real,
                ComplexPart.Imaginary => z.Imaginary,
                ComplexPart.Magnitude => z.Magnitude,
                ComplexPart.Phase => z.Phase,
                ComplexPart.SquaredMagnitude => z.Real * z.Real + z.Imaginary * z.Imaginary,
                _ => double.NaN,
            };
        }

        return output;
    }
}
