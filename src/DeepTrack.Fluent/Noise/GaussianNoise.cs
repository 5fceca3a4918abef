namespace DeepTrack.Fluent.Noise;

/// <summary>Adds independent normal noise of mean <see cref="Mean"/> and standard deviation <see cref="Sigma"/> to every pixel.</summary>
[Feature]
public sealed partial record GaussianNoise : Feature<Image<double>, Image<double>>
{
    /// <summary>The mean of the noise.</summary>
    public partial double Mean { get; init; } = 0;

    /// <summary>The standard deviation (≥ 0).</summary>
    [NonNegative]
    public partial double Sigma { get; init; } = 1;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        Require(double.IsFinite(Mean), Mean, "must be finite");
        var output = input.Clone();
        var pixels = output.AsWritableSpan();
        var random = context.Random;
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] += Mean + Sigma * random.NextGaussian();
        }

        return output;
    }
}
