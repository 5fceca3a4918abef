using System.Numerics;

namespace DeepTrack.Fluent.Noise;

/// <summary>Adds complex normal noise to a field: <see cref="Mean"/> plus independent N(0, σ²) on the real and imaginary parts.</summary>
[Feature]
public sealed partial record ComplexGaussianNoise : Feature<Image<Complex>, Image<Complex>>
{
    /// <summary>The mean of the noise.</summary>
    public partial Complex Mean { get; init; } = Complex.Zero;

    /// <summary>The standard deviation of each of the real and imaginary parts (≥ 0).</summary>
    [NonNegative]
    public partial double Sigma { get; init; } = 1;

    /// <inheritdoc />
    protected override Image<Complex> Compute(Image<Complex> input, FeatureContext context)
    {
        Require(double.IsFinite(Mean.Real) && double.IsFinite(Mean.Imaginary), Mean, "must be finite");
        var output = input.Clone();
        var pixels = output.AsWritableSpan();
        var random = context.Random;
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] += Mean + new Complex(Sigma * random.NextGaussian(), Sigma * random.NextGaussian());
        }

        return output;
    }
}
