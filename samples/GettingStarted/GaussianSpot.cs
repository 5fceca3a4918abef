using System;
using DeepTrack.Fluent;

namespace GettingStarted;

/// <summary>A diffraction-limited particle approximated by a Gaussian spot, placed with sub-pixel precision.</summary>
[Feature]
public sealed partial record GaussianSpot : AppendFeature<Image<double>>
{
    /// <summary>The image size in pixels (square).</summary>
    public partial int Size { get; init; } = 51;

    /// <summary>The centre of the spot.</summary>
    public partial PixelPosition Position { get; init; }

    /// <summary>The standard deviation of the spot, in pixels.</summary>
    [Positive]
    public partial double Sigma { get; init; } = 2;

    /// <summary>The peak intensity.</summary>
    [NonNegative]
    public partial double Intensity { get; init; } = 1;

    protected override Image<double> Create(FeatureContext context)
    {
        var image = new Image<double>(Size, Size);
        double scale = -0.5 / (Sigma * Sigma);
        for (int row = 0; row < Size; row++)
        {
            double dr = row - Position.Row;
            for (int column = 0; column < Size; column++)
            {
                double dc = column - Position.Column;
                image[row, column] = Intensity * Math.Exp(scale * (dr * dr + dc * dc));
            }
        }

        return image;
    }
}
