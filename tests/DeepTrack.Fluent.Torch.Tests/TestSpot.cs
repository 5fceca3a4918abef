using DeepTrack.Fluent;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>A Gaussian spot with noise on a small image: a fast pipeline for the tests.</summary>
[Feature]
public sealed partial record TestSpot : Feature<NoInput, Image<double>>
{
    public partial int Size { get; init; } = 16;

    public partial PixelPosition Position { get; init; }

    [Positive]
    public partial double Sigma { get; init; } = 1.5;

    [NonNegative]
    public partial double Noise { get; init; } = 0.05;

    protected override Image<double> Compute(NoInput input, FeatureContext context)
    {
        var image = new Image<double>(Size, Size);
        for (int row = 0; row < Size; row++)
        {
            for (int column = 0; column < Size; column++)
            {
                double dr = row - Position.Row, dc = column - Position.Column;
                image[row, column] = Math.Exp(-(dr * dr + dc * dc) / (2 * Sigma * Sigma)) + Noise * context.Random.NextGaussian();
            }
        }

        return image;
    }

    /// <summary>A spot anywhere in the central part of a <paramref name="size"/>² image.</summary>
    public static TestSpot Random(int size = 16)
        => new TestSpot().WithSize(size).WithPosition(Distribution.UniformPosition(3, size - 3, 3, size - 3));

    /// <summary>The normalised (x, y) position label in [0, 1].</summary>
    public static double[] Label(TestSpot spot, Image<double> image)
    {
        var p = image.Get(spot, s => s.Position).Single();
        return [p.Column / image.Width, p.Row / image.Height];
    }
}
