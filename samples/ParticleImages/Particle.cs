using System;
using DeepTrack.Fluent;

namespace ParticleImages;

/// <summary>A fluorescent particle: a Gaussian spot appended to the list of particle images.</summary>
[Feature]
public sealed partial record Particle : AppendFeature<Image<double>>
{
    /// <summary>Side of the square images, in pixels.</summary>
    public const int Size = 64;

    /// <summary>Centre of the spot.</summary>
    public partial PixelPosition Position { get; init; }

    /// <summary>Radius of the spot, in pixels.</summary>
    [Positive]
    public partial double Radius { get; init; } = 1.5;

    /// <summary>Peak brightness.</summary>
    [NonNegative]
    public partial double Intensity { get; init; } = 1;

    /// <inheritdoc />
    protected override Image<double> Create(FeatureContext context)
    {
        var image = new Image<double>(Size, Size);
        double scale = 1 / (2 * Radius * Radius);
        for (int row = 0; row < Size; row++)
        {
            for (int column = 0; column < Size; column++)
            {
                double dy = row - Position.Row, dx = column - Position.Column;
                image[row, column] = Intensity * Math.Exp(-(dx * dx + dy * dy) * scale);
            }
        }

        return image;
    }
}
