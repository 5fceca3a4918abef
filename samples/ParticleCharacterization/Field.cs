using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace ParticleCharacterization;

/// <summary>
/// The simulated measurement: a polystyrene-like sphere in water, its Mie field recorded by off-axis holography and
/// refocused (the complex field in the focal plane: real and imaginary part, 64×64, 100 nm pixels, 633 nm, NA 0.9),
/// with coma of random strength in the pupil and complex Gaussian noise.
/// </summary>
public static class Field
{
    /// <summary>Field size in pixels.</summary>
    public const int Size = 64;

    /// <summary>Water.</summary>
    public const double MediumIndex = 1.33;

    /// <summary>The radii trained on, in nm.</summary>
    public const double MinimumRadius = 100, MaximumRadius = 300;

    /// <summary>The refractive indices trained on.</summary>
    public const double MinimumIndex = 1.40, MaximumIndex = 1.70;

    /// <summary>The microscope: the field in focus, with horizontal and vertical coma of random strength (up to ±0.4 in the pupil's Zernike units).</summary>
    public static Holography Optics { get; } = new Holography()
        .WithNA(0.9)
        .WithWavelength(633.Nanometers())
        .WithRefractiveIndexMedium(MediumIndex)
        .WithMagnification(10)
        .WithCameraPixelPitch(1.Micrometers())
        .WithPadding(16)
        .WithOutputRegion(PixelRegion.Square(Size))
        .WithPupil(Zernike.HorizontalComa(0).WithCoefficient(Distribution.Uniform(-0.4, 0.4))
            >> Zernike.VerticalComa(0).WithCoefficient(Distribution.Uniform(-0.4, 0.4)));

    /// <summary>A sphere near the centre with the given radius (nm) and refractive index.</summary>
    /// <param name="radius">The radius in nm.</param>
    /// <param name="index">The refractive index.</param>
    /// <returns>The sphere.</returns>
    public static MieSphere Sphere(Distribution<double> radius, Distribution<double> index)
        => new MieSphere()
            .WithPosition(Distribution.UniformPosition(Size / 2 - 3, Size / 2 + 3, Size / 2 - 3, Size / 2 + 3))
            .WithRadius(radius.Select(r => r.Nanometers()))
            .WithRefractiveIndex(index.Select(n => (System.Numerics.Complex)n));

    /// <summary>The measured field of one sphere: (real, imaginary) planes with noise of standard deviation U(0.005, 0.02) per part.</summary>
    /// <param name="sphere">The sphere.</param>
    /// <returns>The pipeline feature.</returns>
    public static Feature<IReadOnlyList<SampleObject>, Image<double>> Of(MieSphere sphere)
        => (sphere ^ 1) >> Optics >> new GaussianNoise().WithSigma(Distribution.Uniform(0.005, 0.02));

    /// <summary>The network input: the scattered field (the measured field minus the incident 1 + 0i), times 10.</summary>
    /// <param name="field">The measured field.</param>
    /// <returns>The input image (two planes).</returns>
    public static Image<double> Input(Image<double> field)
    {
        var output = field.CreateLike();
        var source = field.AsReadOnlySpan();
        var target = output.AsWritableSpan();
        int plane = field.Height * field.Width;
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = 10 * (source[i] - (i < plane ? 1 : 0));
        }

        return output;
    }

    /// <summary>Radius and index scaled to about [−1, 1]: what the network predicts.</summary>
    /// <param name="radius">Radius in nm.</param>
    /// <param name="index">Refractive index.</param>
    /// <returns>The two targets.</returns>
    public static double[] Target(double radius, double index)
        => [(radius - 200) / 100, (index - 1.55) / 0.15];

    /// <summary>The inverse of <see cref="Target"/>.</summary>
    /// <param name="output">The network's two outputs.</param>
    /// <returns>Radius in nm and refractive index.</returns>
    public static (double Radius, double Index) FromTarget(IReadOnlyList<float> output) => (200 + 100 * output[0], 1.55 + 0.15 * output[1]);

    /// <summary>The true radius (nm) and index of a field.</summary>
    /// <param name="field">The field (its ground truth).</param>
    /// <param name="sphere">The sphere feature.</param>
    /// <returns>Radius and index.</returns>
    public static (double Radius, double Index) Truth(Image<double> field, MieSphere sphere)
        => (field.Get(sphere, s => s.Radius.Meters * 1e9).Single(), field.Get(sphere, s => s.RefractiveIndex.Real).Single());
}
