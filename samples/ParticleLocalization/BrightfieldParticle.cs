using System;
using DeepTrack.Fluent;

namespace ParticleLocalization;

/// <summary>
/// A brightfield-like image of one small particle: the scattered field's interference with the illumination gives
/// a ring pattern, modelled as Contrast · J₀(2.405·r/Radius) · exp(−r²/(2·(2·Radius)²)) around the particle's sub-pixel
/// position (dark or bright centre depending on the sign of the contrast), on a background with a linear illumination
/// gradient, with shot noise (Poisson statistics, variance proportional to the local intensity) and Gaussian read noise, scaled
/// so that the signal-to-noise ratio |Contrast| / σ is <see cref="SignalToNoise"/> (σ: the total noise on the background). A stand-in for the library's optics: swap it for
/// a particle and a brightfield microscope when they are available.
/// </summary>
[Feature]
public sealed partial record BrightfieldParticle : Feature<NoInput, Image<double>>
{
    /// <summary>The image size in pixels (square).</summary>
    public partial int Size { get; init; } = 51;

    /// <summary>The particle's centre.</summary>
    public partial PixelPosition Position { get; init; }

    /// <summary>The radius of the first dark (or bright) ring, in pixels.</summary>
    [Positive]
    public partial double Radius { get; init; } = 3;

    /// <summary>The amplitude of the pattern relative to the background (negative: a dark centre).</summary>
    public partial double Contrast { get; init; } = 0.3;

    /// <summary>The mean background intensity.</summary>
    [Positive]
    public partial double Background { get; init; } = 1;

    /// <summary>The illumination's relative change across the image.</summary>
    [NonNegative]
    public partial double Gradient { get; init; }

    /// <summary>The direction of the illumination gradient, in radians.</summary>
    public partial double GradientAngle { get; init; }

    /// <summary>The share of the noise variance on the background that is shot noise (the rest is read noise).</summary>
    [Probability]
    public partial double ShotNoiseShare { get; init; } = 0.5;

    /// <summary>|Contrast| over the standard deviation of the total noise.</summary>
    [Positive]
    public partial double SignalToNoise { get; init; } = 10;

    protected override Image<double> Compute(NoInput input, FeatureContext context)
    {
        var image = new Image<double>(Size, Size);
        double k = 2.404825557695773 / Radius;
        double envelope = -1 / (2 * Math.Pow(2 * Radius, 2));
        double gx = Gradient * Math.Cos(GradientAngle) / Size, gy = Gradient * Math.Sin(GradientAngle) / Size;
        double centre = (Size - 1) / 2.0;

        // On the background the shot-noise variance is ShotNoiseShare·σ², so the photon count per unit intensity follows.
        double sigma = Math.Abs(Contrast) / SignalToNoise;
        double photonsPerUnit = Background / Math.Max(ShotNoiseShare * sigma * sigma, 1e-300);
        double read = Math.Sqrt((1 - ShotNoiseShare) * sigma * sigma);
        for (int row = 0; row < Size; row++)
        {
            for (int column = 0; column < Size; column++)
            {
                double dr = row - Position.Row, dc = column - Position.Column;
                double r2 = dr * dr + dc * dc;
                double illumination = Background * (1 + gx * (column - centre) + gy * (row - centre));
                double intensity = illumination * (1 + Contrast * Bessel.J0(k * Math.Sqrt(r2)) * Math.Exp(envelope * r2));
                double photons = Math.Max(0, intensity * photonsPerUnit);
                double counted = photons + Math.Sqrt(photons) * context.Random.NextGaussian();
                image[row, column] = counted / photonsPerUnit + read * context.Random.NextGaussian();
            }
        }

        return image;
    }
}
