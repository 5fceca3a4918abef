namespace DeepTrack.Fluent.Datasets.Tests;

/// <summary>A Gaussian blob with noise on a small image: a fast pipeline for the tests.</summary>
[Feature]
public sealed partial record Blob : Feature<NoInput, Image<double>>
{
    public partial int Size { get; init; } = 8;

    public partial PixelPosition Position { get; init; }

    public partial double Amplitude { get; init; } = 1;

    public partial Length Width { get; init; } = Length.FromMicrometers(0.2);

    protected override Image<double> Compute(NoInput input, FeatureContext context)
    {
        var image = new Image<double>(Size, Size);
        double sigma = Width.Micrometers * 10;
        for (int row = 0; row < Size; row++)
        {
            for (int column = 0; column < Size; column++)
            {
                double dr = row - Position.Row, dc = column - Position.Column;
                image[row, column] = Amplitude * Math.Exp(-(dr * dr + dc * dc) / (2 * sigma * sigma)) + 0.01 * context.Random.NextGaussian();
            }
        }

        return image;
    }

    /// <summary>A blob anywhere in an 8×8 image with a random amplitude.</summary>
    public static Blob Random() => new Blob().WithPosition(Distribution.UniformPosition(1, 7, 1, 7)).WithAmplitude(Distribution.Uniform(0.5, 2));
}
