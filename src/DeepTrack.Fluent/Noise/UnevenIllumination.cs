using System;

namespace DeepTrack.Fluent.Noise;

/// <summary>
/// Multiplies the image by a smooth, random illumination field that varies slowly across the field of view
/// (uneven excitation of a widefield fluorescence microscope), drawn anew for every sample.
/// </summary>
/// <remarks>
/// <para>The field at pixel (row, column) = q is</para>
/// <para>f(q) = 1 + S · Σ_k w_k cos(2π n_k·q / λ_k + φ_k) / Σ_k w_k,</para>
/// <para>a sum of <see cref="Modes"/> plane waves with weights w_k uniform in [0, 1], directions n_k uniform on the
/// circle, wavelengths λ_k uniform in [L, 2L] (L = <see cref="Scale"/> pixels) and phases φ_k uniform in [0, 2π);
/// S = <see cref="Strength"/>. So f stays in [1 − S, 1 + S] and changes by at most 2πS/L per pixel. The draws come
/// from the computation's seeded random stream: the same seed and sample give the same field.</para>
/// </remarks>
[Feature]
public sealed partial record UnevenIllumination : Feature<Image<double>, Image<double>>
{
    /// <summary>The largest relative change of the illumination, in [0, 1) (0: even illumination).</summary>
    [InRange(0, 1)]
    public partial double Strength { get; init; } = 0.3;

    /// <summary>The shortest wavelength of the field's variation in pixels (&gt; 0); the longest is twice this.</summary>
    [Positive]
    public partial double Scale { get; init; } = 300;

    /// <summary>The number of plane waves that make the field (≥ 1).</summary>
    public partial int Modes { get; init; } = 3;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        Require(Strength >= 0 && Strength < 1, Strength, "must be in [0, 1): the illumination must stay positive");
        Require(Modes >= 1, Modes, "must be ≥ 1");
        var random = context.Random;
        var rowWave = new double[Modes];
        var columnWave = new double[Modes];
        var phases = new double[Modes];
        var weights = new double[Modes];
        double totalWeight = 0;
        for (int k = 0; k < Modes; k++)
        {
            weights[k] = random.NextDouble();
            double direction = random.NextDouble(0, 2 * Math.PI), wavelength = Scale * random.NextDouble(1, 2);
            rowWave[k] = 2 * Math.PI * Math.Sin(direction) / wavelength;
            columnWave[k] = 2 * Math.PI * Math.Cos(direction) / wavelength;
            phases[k] = random.NextDouble(0, 2 * Math.PI);
            totalWeight += weights[k];
        }

        double amplitude = totalWeight > 0 ? Strength / totalWeight : 0;
        int height = input.Height, width = input.Width;
        var field = new double[height * width];
        for (int row = 0; row < height; row++)
        {
            for (int column = 0; column < width; column++)
            {
                double sum = 0;
                for (int k = 0; k < Modes; k++)
                {
                    sum += weights[k] * Math.Cos(rowWave[k] * row + columnWave[k] * column + phases[k]);
                }

                field[row * width + column] = 1 + amplitude * sum;
            }
        }

        var output = input.CreateLike();
        var source = input.AsReadOnlySpan();
        var target = output.AsWritableSpan();
        for (int z = 0; z < input.Depth; z++)
        {
            for (int i = 0; i < field.Length; i++)
            {
                int j = z * field.Length + i;
                target[j] = source[j] * field[i];
            }
        }

        return output;
    }
}
