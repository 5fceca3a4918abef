using System;
using System.Collections.Generic;
using DeepTrack.Fluent;

namespace ParticleImages;

/// <summary>Images the particles: sums them and blurs with the diffraction-limited point-spread width.</summary>
[Feature]
public sealed partial record Microscope : MergeFeature
{
    /// <summary>Emission wavelength.</summary>
    [Wavelength]
    public partial Length Wavelength { get; init; } = 532.Nanometers();

    /// <summary>Numerical aperture of the objective; below the medium's refractive index.</summary>
    [Positive, LessThan(nameof(MediumIndex))]
    public partial double NumericalAperture { get; init; } = 0.8;

    /// <summary>Refractive index of the immersion medium.</summary>
    [Positive]
    public partial double MediumIndex { get; init; } = 1.33;

    /// <summary>Size of a camera pixel in the sample plane, in metres.</summary>
    [Meters, Positive]
    public partial double PixelSize { get; init; } = 100e-9;

    /// <inheritdoc />
    protected override Image<double> Merge(IReadOnlyList<Image<double>> input, FeatureContext context)
    {
        var sum = new Image<double>(Particle.Size, Particle.Size);
        foreach (var image in input)
        {
            sum += image;
        }

        double sigma = 0.21 * Wavelength.Meters / NumericalAperture / PixelSize;
        return Blur(sum, sigma);
    }

    private static Image<double> Blur(Image<double> image, double sigma)
    {
        int radius = Math.Max(1, (int)Math.Ceiling(3 * sigma));
        var kernel = new double[2 * radius + 1];
        double total = 0;
        for (int i = -radius; i <= radius; i++)
        {
            kernel[i + radius] = Math.Exp(-i * i / (2 * sigma * sigma));
            total += kernel[i + radius];
        }

        var rows = new Image<double>(image.Height, image.Width);
        var output = new Image<double>(image.Height, image.Width);
        for (int row = 0; row < image.Height; row++)
        {
            for (int column = 0; column < image.Width; column++)
            {
                double value = 0;
                for (int k = -radius; k <= radius; k++)
                {
                    int c = Math.Clamp(column + k, 0, image.Width - 1);
                    value += kernel[k + radius] * image[row, c];
                }

                rows[row, column] = value / total;
            }
        }

        for (int row = 0; row < image.Height; row++)
        {
            for (int column = 0; column < image.Width; column++)
            {
                double value = 0;
                for (int k = -radius; k <= radius; k++)
                {
                    int r = Math.Clamp(row + k, 0, image.Height - 1);
                    value += kernel[k + radius] * rows[r, column];
                }

                output[row, column] = value / total;
            }
        }

        return output.WithTruth(image.Truth);
    }
}
